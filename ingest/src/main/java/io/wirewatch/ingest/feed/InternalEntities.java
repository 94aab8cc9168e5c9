package io.wirewatch.ingest.feed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one kind of DTD entity a feed reader can honour safely: a general entity declared in the internal
 * subset with a literal value, such as {@code <!ENTITY id "tag:example.com,">}. Values holding markup or
 * references are not used and each reference is replaced once, never re-expanded, so neither nesting
 * ("billion laughs") nor anything external (XXE: SYSTEM/PUBLIC, parameter entities) can come of it.
 */
final class InternalEntities {

    private static final Pattern LITERAL = Pattern.compile("<!ENTITY\\s+([A-Za-z_][\\w.-]*)\\s+(\"([^\"<&%]*)\"|'([^'<&%]*)')\\s*>");
    private static final Pattern ANY_DECLARATION = Pattern.compile("<!ENTITY\\s+(%\\s*)?([\\w.:-]+)");
    private static final int MAX_VALUE = 1024;

    private InternalEntities() {
    }

    /** The document with references to the subset's literal entities replaced; others are left as written. */
    static String expand(String subset, String document, List<String> repairs) {
        Map<String, String> values = new HashMap<>();
        Matcher literal = LITERAL.matcher(subset);
        while (literal.find()) {
            String value = literal.group(3) != null ? literal.group(3) : literal.group(4);
            if (value.length() <= MAX_VALUE) {
                values.putIfAbsent(literal.group(1), value.replace(">", "&gt;"));
            }
        }
        Matcher any = ANY_DECLARATION.matcher(subset);
        while (any.find()) {
            if (any.group(1) != null || !values.containsKey(any.group(2))) {
                repairs.add("DOCTYPE declares entity '" + any.group(2) + "' that is not expanded (external or not literal)");
            }
        }
        if (values.isEmpty()) {
            return document;
        }
        Matcher reference = Pattern.compile("&(" + String.join("|", values.keySet().stream().map(Pattern::quote).toList()) + ");")
                .matcher(document);
        return reference.replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
    }
}
