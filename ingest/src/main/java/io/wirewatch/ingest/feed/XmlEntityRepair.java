package io.wirewatch.ingest.feed;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

/**
 * Text-level fixes for the character errors real feeds have: HTML entities XML does not know
 * ({@code &auml;} becomes {@code &#228;}), unknown names and stray ampersands (kept as literal text),
 * {@code &#X41;} written with a capital X, and control characters XML 1.0 forbids.
 */
final class XmlEntityRepair {

    private static final Pattern REFERENCE = Pattern.compile("&(#[xX][0-9a-fA-F]+;|#[0-9]+;|[A-Za-z][A-Za-z0-9]*;)?");
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[.*?(?:]]>|$)", Pattern.DOTALL);
    private static final Pattern FORBIDDEN_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final List<String> XML_ENTITIES = List.of("amp;", "lt;", "gt;", "quot;", "apos;");

    private XmlEntityRepair() {
    }

    static String repair(String xml, List<String> repairs) {
        StringBuilder out = new StringBuilder(xml.length() + 64);
        int changed = 0;
        // CDATA sections hold literal text: an ampersand there is already what it means.
        Matcher cdata = CDATA.matcher(xml);
        int from = 0;
        while (cdata.find()) {
            changed += repairReferences(xml.substring(from, cdata.start()), out);
            out.append(cdata.group());
            from = cdata.end();
        }
        changed += repairReferences(xml.substring(from), out);
        if (changed > 0) {
            repairs.add(changed + " undeclared entities or stray ampersands repaired");
        }
        Matcher forbidden = FORBIDDEN_CHARS.matcher(out);
        if (forbidden.find()) {
            repairs.add("control characters removed");
            return forbidden.replaceAll("");
        }
        return out.toString();
    }

    private static int repairReferences(String text, StringBuilder out) {
        Matcher matcher = REFERENCE.matcher(text);
        int changed = 0;
        while (matcher.find()) {
            String replacement = replacementFor(matcher.group(1));
            if (!replacement.equals(matcher.group())) {
                changed++;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return changed;
    }

    private static String replacementFor(String reference) {
        if (reference == null) {
            return "&amp;";
        }
        if (reference.startsWith("#X")) {
            return "&#x" + reference.substring(2);
        }
        if (reference.startsWith("#") || XML_ENTITIES.contains(reference)) {
            return validCharacterReference(reference) ? "&" + reference : "&amp;" + reference;
        }
        String name = reference.substring(0, reference.length() - 1);
        String decoded = Entities.isNamedEntity(name) ? Entities.getByName(name) : "";
        if (decoded.isEmpty()) {
            return "&amp;" + reference; // an unknown name stays visible as written
        }
        StringBuilder numeric = new StringBuilder();
        decoded.codePoints().forEach(cp -> numeric.append("&#").append(cp).append(';'));
        return numeric.toString();
    }

    /** A numeric reference to a character XML forbids (e.g. &#0;) is as fatal as a raw one. */
    private static boolean validCharacterReference(String reference) {
        if (!reference.startsWith("#")) {
            return true;
        }
        try {
            boolean hex = reference.charAt(1) == 'x' || reference.charAt(1) == 'X';
            String digits = reference.substring(hex ? 2 : 1, reference.length() - 1);
            if (digits.length() > 7) {
                return false;
            }
            int cp = Integer.parseInt(digits, hex ? 16 : 10);
            return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
