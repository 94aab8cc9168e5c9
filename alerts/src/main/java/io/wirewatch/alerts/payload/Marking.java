package io.wirewatch.alerts.payload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import io.wirewatch.events.Claim;

/** The matched words of a claim made visible in plain text. */
public final class Marking {

    public static final String MARK = "**";

    private Marking() {
    }

    /**
     * The text with each highlight wrapped in {@code **…**}. Spans outside the text are ignored and
     * overlapping or touching spans are merged, so a bad offset never breaks the alert.
     */
    public static String mark(String text, List<Claim.Span> highlights) {
        return wrap(text, highlights, UnaryOperator.identity(), MARK, MARK);
    }

    /**
     * The text with each highlight between {@code open} and {@code close}, every piece of the text
     * passed through {@code escape} for the format it goes into (HTML, Slack).
     */
    public static String wrap(String text, List<Claim.Span> highlights, UnaryOperator<String> escape, String open, String close) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 4 * highlights.size());
        int at = 0;
        for (Claim.Span span : merged(text.length(), highlights)) {
            out.append(escape.apply(text.substring(at, span.start()))).append(open)
                    .append(escape.apply(text.substring(span.start(), span.end()))).append(close);
            at = span.end();
        }
        return out.append(escape.apply(text.substring(at))).toString();
    }

    private static List<Claim.Span> merged(int length, List<Claim.Span> highlights) {
        List<Claim.Span> sorted = highlights.stream()
                .filter(span -> span.start() >= 0 && span.end() > span.start() && span.end() <= length)
                .sorted(Comparator.comparingInt(Claim.Span::start))
                .toList();
        List<Claim.Span> merged = new ArrayList<>();
        for (Claim.Span span : sorted) {
            Claim.Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Claim.Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
