package io.wirewatch.alerts.payload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 4 * highlights.size());
        int at = 0;
        for (Claim.Span span : merged(text.length(), highlights)) {
            out.append(text, at, span.start()).append(MARK).append(text, span.start(), span.end()).append(MARK);
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
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
