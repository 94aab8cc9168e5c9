package io.wirewatch.processor.story;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The facts two independent reports of one event share even when their wording differs: runs of words
 * inside quotation marks, names (two capitalised words in a row), calendar dates and figures. Each is a
 * key with a kind prefix; pure, no state.
 *
 * <ul>
 *   <li>{@code q:} every run of {@code quoteWords} words inside a quotation, normalised as for copy detection;</li>
 *   <li>{@code n:} two capitalised words in a row that do not start with a function word ("Steffen Hebestreit", "Deutsche Bahn");</li>
 *   <li>{@code d:} a day of a month ("3. März", "March 3", "03.03.2026" → {@code d:03-03});</li>
 *   <li>{@code z:} a figure other than a year or a date ("2,5", "120", "17.000");</li>
 *   <li>{@code a:} and {@code m:} typed facts, ages and amounts of money ({@link FactScanner}), whose
 *       differing values tell two events of one kind apart.</li>
 * </ul>
 *
 * <p>Each kind is found by a hand-written scan rather than a regular expression. The expressions (kept
 * in the tests as the specification the scans must agree with) cost more than the whole of copy
 * detection: Java tries lookbehinds, Unicode classes and the month alternation at every position of
 * every article ({@link CharClasses} says what "digit", "space", "letter" and "number" mean). One scanner
 * per kind: {@link QuoteScanner}, {@link NameScanner}, {@link DateScanner}, {@link FigureScanner}.
 */
public final class StoryEvidence {

    public static final int DEFAULT_QUOTE_WORDS = 6;

    private final QuoteScanner quotes;

    public StoryEvidence(int quoteWords) {
        this.quotes = new QuoteScanner(quoteWords);
    }

    /** The evidence keys of a title and text, without repetitions. */
    public Set<String> keys(String title, String text) {
        String all = title + "\n" + text;
        Set<String> keys = new LinkedHashSet<>();
        quotes.addKeys(all, keys);
        NameScanner.addKeys(all, keys);
        String withoutDates = DateScanner.addKeys(all, keys);
        FigureScanner.addKeys(withoutDates, keys);
        FactScanner.addKeys(all, keys);
        return keys;
    }
}
