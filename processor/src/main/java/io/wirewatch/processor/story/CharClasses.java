package io.wirewatch.processor.story;

/**
 * The character classes of the evidence expressions as the hand-written scans test them: "digit" is
 * ASCII 0–9 ({@code \d}), "space" the ASCII white space of {@code \s}, "letter" {@code \p{L}} and
 * "number" {@code \p{N}}. Positions outside the text are no character of any class.
 */
final class CharClasses {

    private CharClasses() {
    }

    static boolean isDigit(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int digitRunEnd(String text, int from) {
        int i = from;
        while (isDigit(text, i)) {
            i++;
        }
        return i;
    }

    static int letterRunEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    static boolean letterOrNumberBefore(String text, int i) {
        if (i == 0) {
            return false;
        }
        int c = text.codePointBefore(i);
        return Character.isLetter(c) || isNumber(c);
    }

    static boolean letterOrNumberAt(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        int c = text.codePointAt(i);
        return Character.isLetter(c) || isNumber(c);
    }

    static boolean letterOrDigitBefore(String text, int i) {
        return i > 0 && (Character.isLetter(text.codePointBefore(i)) || isDigit(text, i - 1));
    }

    static boolean letterOrDigitAt(String text, int i) {
        return i < text.length() && (Character.isLetter(text.codePointAt(i)) || isDigit(text, i));
    }
}
