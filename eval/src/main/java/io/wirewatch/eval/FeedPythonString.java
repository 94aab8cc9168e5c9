package io.wirewatch.eval;

import java.util.Optional;

/** Reads one Python string literal ({@code u'…'}, {@code '…'}, {@code "…"}) as feedparser's tests write them. */
final class FeedPythonString {

    private FeedPythonString() {
    }

    /** The literal's value, or empty when the text is not exactly one plain string literal. */
    static Optional<String> parse(String literal) {
        String text = literal;
        if (text.startsWith("u") || text.startsWith("U")) {
            text = text.substring(1);
        }
        if (text.length() < 2) {
            return Optional.empty();
        }
        char quote = text.charAt(0);
        if ((quote != '\'' && quote != '"') || text.charAt(text.length() - 1) != quote) {
            return Optional.empty();
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == quote) {
                return Optional.empty(); // an unescaped quote: concatenation or something else we do not read
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (++i >= text.length() - 1) {
                return Optional.empty();
            }
            char escape = text.charAt(i);
            switch (escape) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case '\\', '\'', '"' -> value.append(escape);
                case 'x', 'u', 'U' -> {
                    int digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 8;
                    if (i + digits >= text.length()) {
                        return Optional.empty();
                    }
                    try {
                        value.appendCodePoint(Integer.parseInt(text.substring(i + 1, i + 1 + digits), 16));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                    i += digits;
                }
                default -> {
                    // Python keeps unknown escapes as written.
                    value.append('\\').append(escape);
                }
            }
        }
        return Optional.of(value.toString());
    }
}
