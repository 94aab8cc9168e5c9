package io.wirewatch.processor.story;

import static io.wirewatch.processor.story.CharClasses.digitRunEnd;
import static io.wirewatch.processor.story.CharClasses.isDigit;
import static io.wirewatch.processor.story.CharClasses.letterOrDigitAt;
import static io.wirewatch.processor.story.CharClasses.letterOrDigitBefore;

import java.util.Set;

/**
 * {@code z:} keys: a figure other than a year or one digit ("2,5" → {@code z:2.5}, "120", "17.000"). Scans
 * for what {@code (?<![\p{L}\d])\d+(?:[.,]\d+)*(?![\p{L}\d])} matches; run on text whose dates are
 * blanked ({@link DateScanner}).
 */
final class FigureScanner {

    private FigureScanner() {
    }

    /**
     * Digits with inner dots or commas ("17.000", "2,5"), not touching a letter or digit on either side;
     * a trailing group that touches a letter is left off ("12,5a" → "12"). Years and one-digit figures
     * are no evidence.
     */
    static void addKeys(String text, Set<String> keys) {
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text, i) || letterOrDigitBefore(text, i)) {
                i++;
                continue;
            }
            int end = digitRunEnd(text, i);
            int lastGroup = end;
            int withGroups = end;
            while (withGroups + 1 < text.length() && (text.charAt(withGroups) == '.' || text.charAt(withGroups) == ',')
                    && isDigit(text, withGroups + 1)) {
                lastGroup = withGroups;
                withGroups = digitRunEnd(text, withGroups + 1);
            }
            if (!letterOrDigitAt(text, withGroups)) {
                end = withGroups;
            } else if (withGroups > end) {
                end = lastGroup;
            } else {
                i = end;
                continue;
            }
            String figure = text.substring(i, end);
            if (figure.length() >= 2 && !isYear(figure)) {
                keys.add("z:" + figure.replace(',', '.'));
            }
            i = end;
        }
    }

    private static boolean isYear(String figure) {
        return figure.length() == 4 && (figure.startsWith("19") || figure.startsWith("20"))
                && isDigit(figure, 2) && isDigit(figure, 3);
    }
}
