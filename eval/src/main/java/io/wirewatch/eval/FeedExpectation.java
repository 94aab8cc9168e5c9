package io.wirewatch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

import io.wirewatch.ingest.feed.FeedEntry;
import io.wirewatch.ingest.feed.ParsedFeed;

/**
 * The part of a feedparser test's {@code Expect:} line (a Python expression over feedparser's result) that
 * maps onto wirewatch's feed model: a conjunction of {@code bozo}, {@code not bozo} and equality tests on the
 * feed title or an entry's title, link, id, summary/description, author or content. Any other form makes
 * the whole expectation unmappable, so it is left out of the score rather than guessed at. Text fields are
 * compared by their text, see {@link Clause#matches}.
 */
final class FeedExpectation {

    /** The values of our model a clause can test. */
    enum Field { FEED_TITLE, TITLE, LINK, ID, SUMMARY, AUTHOR, CONTENT }

    /** One conjunct: a bozo test (field null) or {@code field == expected}. */
    record Clause(Field field, int entry, String expected, boolean bozo) {

        boolean metBy(FeedOutcome outcome) {
            if (field == null) {
                return outcome.bozo() == bozo;
            }
            return outcome.parsedFeed().map(feed -> matches(valueOf(feed))).orElse(false);
        }

        /**
         * Our titles are plain text and our summaries and contents HTML that is only ever used as text,
         * while feedparser keeps (sanitised) markup: those fields match when their text does.
         */
        private boolean matches(String actual) {
            if (Objects.equals(expected, actual)) {
                return true;
            }
            if (actual == null || field == Field.LINK || field == Field.ID || field == Field.AUTHOR) {
                return false;
            }
            boolean plainField = field == Field.TITLE || field == Field.FEED_TITLE;
            return textOf(expected).equals(plainField ? actual.strip() : textOf(actual));
        }

        private String valueOf(ParsedFeed feed) {
            if (field == Field.FEED_TITLE) {
                return feed.title();
            }
            if (entry >= feed.entries().size()) {
                return null;
            }
            FeedEntry e = feed.entries().get(entry);
            return switch (field) {
                case TITLE -> e.title();
                case LINK -> e.link();
                case ID -> e.guid();
                case SUMMARY -> e.summary();
                case AUTHOR -> e.authors().isEmpty() ? null : String.join(", ", e.authors());
                case CONTENT -> e.content();
                default -> throw new IllegalStateException("feed-level field " + field);
            };
        }
    }

    private static String textOf(String html) {
        return Jsoup.parse(html).text();
    }

    private static final Pattern FEED_TITLE = Pattern.compile(
            "feed(?:\\['title'\\]|\\.title|\\['title_detail'\\]\\['value'\\])");
    private static final Pattern ENTRY_FIELD = Pattern.compile(
            "entries\\[(\\d+)\\](?:\\['(\\w+)'\\]|\\.(\\w+))(\\['value'\\]|\\[0\\]\\['value'\\])?");

    private final List<Clause> clauses;

    private FeedExpectation(List<Clause> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    /** The expectation, or empty when any part of it has no counterpart in our model. */
    static Optional<FeedExpectation> parse(String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.empty();
        }
        List<Clause> clauses = new ArrayList<>();
        for (String part : splitOutsideStrings(expression.strip())) {
            Optional<Clause> clause = clause(part.strip());
            if (clause.isEmpty()) {
                return Optional.empty();
            }
            clauses.add(clause.get());
        }
        return Optional.of(new FeedExpectation(clauses));
    }

    boolean metBy(FeedOutcome outcome) {
        return clauses.stream().allMatch(clause -> clause.metBy(outcome));
    }

    List<Clause> clauses() {
        return clauses;
    }

    private static Optional<Clause> clause(String text) {
        if (text.equals("bozo")) {
            return Optional.of(new Clause(null, 0, null, true));
        }
        if (text.equals("not bozo")) {
            return Optional.of(new Clause(null, 0, null, false));
        }
        int eq = indexOutsideStrings(text, "==");
        if (eq < 0) {
            return Optional.empty();
        }
        String left = text.substring(0, eq).strip();
        Optional<String> expected = FeedPythonString.parse(text.substring(eq + 2).strip());
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        if (FEED_TITLE.matcher(left).matches()) {
            return Optional.of(new Clause(Field.FEED_TITLE, 0, expected.get(), false));
        }
        Matcher entry = ENTRY_FIELD.matcher(left);
        if (!entry.matches()) {
            return Optional.empty();
        }
        String name = entry.group(2) != null ? entry.group(2) : entry.group(3);
        String suffix = entry.group(4);
        return entryField(name, suffix).map(field ->
                new Clause(field, Integer.parseInt(entry.group(1)), expected.get(), false));
    }

    private static Optional<Field> entryField(String name, String suffix) {
        if (suffix == null) {
            return switch (name) {
                case "title" -> Optional.of(Field.TITLE);
                case "link" -> Optional.of(Field.LINK);
                case "id", "guid" -> Optional.of(Field.ID);
                case "summary", "description" -> Optional.of(Field.SUMMARY);
                case "author" -> Optional.of(Field.AUTHOR);
                default -> Optional.empty();
            };
        }
        if (suffix.equals("['value']")) {
            return switch (name) {
                case "title_detail" -> Optional.of(Field.TITLE);
                case "summary_detail" -> Optional.of(Field.SUMMARY);
                default -> Optional.empty();
            };
        }
        return name.equals("content") ? Optional.of(Field.CONTENT) : Optional.empty();
    }

    /** Splits on {@code and} that is not inside a string literal. */
    private static List<String> splitOutsideStrings(String expression) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int from = 0;
        while (true) {
            int at = indexOutsideStrings(expression.substring(from), " and ");
            if (at < 0) {
                parts.add(expression.substring(start));
                return parts;
            }
            int absolute = from + at;
            parts.add(expression.substring(start, absolute));
            start = absolute + " and ".length();
            from = start;
        }
    }

    /** Index of the token outside any quoted string, or -1. */
    private static int indexOutsideStrings(String text, String token) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (text.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }
}
