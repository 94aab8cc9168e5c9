package io.wirewatch.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The article's lead (standfirst), which pages print in a box of its own between the headline and the
 * body, where neither the scoring nor a JSON-LD {@code articleBody} reaches it. The page's description
 * is taken as the lead when the cleaned page shows it as text before the article's text — so it is the
 * visible standfirst, not only a search snippet or a teaser elsewhere — and the text does not already hold it.
 */
final class Lead {

    /** Shorter descriptions are labels or site slogans, not a lead. */
    static final int MIN_LEAD_CHARS = 60;
    /** A lead is found in the text by its opening: descriptions are often cut or end differently. */
    private static final int OPENING_CHARS = 60;
    private static final Pattern CUT = Pattern.compile("(…|\\.\\.\\.)\\s*$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Lead() {
    }

    /**
     * @param descriptions the page's descriptions, best first
     * @param cleanedBody  the page body after boilerplate removal
     */
    static String prepend(String text, List<String> descriptions, Element cleanedBody) {
        String normalisedText = normalise(text);
        String visible = null;
        for (String description : descriptions) {
            String lead = SPACE.matcher(description.strip()).replaceAll(" ");
            if (lead.length() < MIN_LEAD_CHARS || CUT.matcher(lead).find()) {
                continue;
            }
            String opening = normalise(lead).substring(0, OPENING_CHARS);
            if (normalisedText.contains(opening)) {
                return text; // the text already starts with (or holds) the lead
            }
            if (visible == null) {
                visible = visibleText(cleanedBody);
            }
            int leadAt = visible.indexOf(normalise(lead));
            if (leadAt >= 0 && leadAt < bodyStart(visible, normalisedText)) {
                return text.isEmpty() ? lead : lead + "\n\n" + text;
            }
        }
        return text;
    }

    /** Where the article text begins in the page's text; the end when it cannot be found (a JSON-LD body). */
    private static int bodyStart(String visible, String normalisedText) {
        int at = visible.indexOf(normalisedText.substring(0, Math.min(OPENING_CHARS, normalisedText.length())));
        return at < 0 ? visible.length() : at;
    }

    private static String visibleText(Element body) {
        return body == null ? "" : normalise(body.text());
    }

    private static String normalise(String text) {
        return SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
