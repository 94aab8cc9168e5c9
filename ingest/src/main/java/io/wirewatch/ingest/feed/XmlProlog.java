package io.wirewatch.ingest.feed;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clears what comes before the root element so the XML parser never sees it: the XML declaration (the
 * text is already decoded, its encoding label can only mislead), any DOCTYPE, and stray bytes in front
 * of the first tag. Dropping the DOCTYPE is what lets RSS 0.91 with Netscape's DTD be read while the
 * parser itself still refuses every DOCTYPE: no DTD is loaded, no entity it declares is ever expanded.
 */
final class XmlProlog {

    private static final Pattern DECLARATION = Pattern.compile("^\\s*<\\?xml\\b[^>]*\\?>");
    /** The internal subset in brackets may itself contain '>'. */
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\b[^\\[>]*(\\[.*?\\]\\s*)?>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Whitespace, comments and processing instructions: what may stand around a DOCTYPE. */
    private static final Pattern MISC = Pattern.compile("(?:\\s+|<!--.*?-->|<\\?.*?\\?>)+", Pattern.DOTALL);

    /** The first start tag after any comments and processing instructions; group 1 is its local name. */
    private static final Pattern ROOT = Pattern.compile("^(?:\\s*<!--.*?-->|\\s*<\\?.*?\\?>)*\\s*<(?:[\\w.-]+:)?([\\w.-]+)",
            Pattern.DOTALL);

    private XmlProlog() {
    }

    /** The local name of the root element, lower case, or "" when the text does not start with one. */
    static String rootElement(String xml) {
        Matcher root = ROOT.matcher(xml);
        return root.find() ? root.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** The text from its first markup on, without declaration or DOCTYPE; notes repairs it had to make. */
    static String clear(String text, List<String> repairs) {
        String rest = DECLARATION.matcher(text).replaceFirst("");
        // Only a DOCTYPE in the prolog is one: "<!DOCTYPE" inside a comment or the content is text.
        int prologEnd = endOfMisc(rest, 0);
        Matcher doctype = DOCTYPE.matcher(rest).region(prologEnd, rest.length());
        if (doctype.lookingAt()) {
            String subset = doctype.group(1);
            rest = rest.substring(0, doctype.start()) + rest.substring(doctype.end());
            if (subset != null) {
                rest = InternalEntities.expand(subset, rest, repairs);
            }
        }
        int firstTag = rest.indexOf('<');
        if (firstTag < 0) {
            return rest;
        }
        if (!rest.substring(0, firstTag).isBlank()) {
            repairs.add("text before the first tag dropped");
        }
        return rest.substring(firstTag);
    }

    private static int endOfMisc(String text, int from) {
        Matcher misc = MISC.matcher(text).region(from, text.length());
        return misc.lookingAt() ? misc.end() : from;
    }
}
