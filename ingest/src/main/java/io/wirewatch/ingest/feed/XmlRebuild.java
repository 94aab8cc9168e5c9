package io.wirewatch.ingest.feed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * The last resort for markup the XML parser rejects: Jsoup's forgiving XML parser builds a tree from
 * whatever is there (unclosed or truncated tags, bad attribute quoting), which is written back out as
 * well-formed XML. Two feed-specific gaps are filled on the way: namespace prefixes used without a
 * declaration get one, and an RSS root without a channel gets its children wrapped in one.
 */
final class XmlRebuild {

    private static final String UNDECLARED_NAMESPACE = "urn:x-wirewatch:undeclared:";

    private XmlRebuild() {
    }

    static String rebuild(String xml, List<String> repairs) {
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        // DOCTYPEs never reach the XML parser (see XmlProlog), not even one Jsoup found in odd places.
        document.childNodes().stream().filter(DocumentType.class::isInstance).toList().forEach(Node::remove);
        Element root = document.children().first();
        if (root == null) {
            return xml;
        }
        declareUndeclaredPrefixes(root, repairs);
        wrapChannel(root, repairs);
        document.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false);
        repairs.add("markup rebuilt by a lenient parser");
        return root.outerHtml();
    }

    private static void declareUndeclaredPrefixes(Element root, List<String> repairs) {
        Set<String> used = new LinkedHashSet<>();
        Set<String> declared = new LinkedHashSet<>();
        for (Element element : root.getAllElements()) {
            addPrefix(element.tagName(), used);
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().startsWith("xmlns:")) {
                    declared.add(attribute.getKey().substring("xmlns:".length()));
                } else {
                    addPrefix(attribute.getKey(), used);
                }
            }
        }
        used.removeAll(declared);
        used.remove("xml");
        used.remove("xmlns");
        for (String prefix : used) {
            root.attr("xmlns:" + prefix, UNDECLARED_NAMESPACE + prefix);
            repairs.add("undeclared namespace prefix '" + prefix + "'");
        }
    }

    private static void addPrefix(String name, Set<String> prefixes) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            prefixes.add(name.substring(0, colon));
        }
    }

    /**
     * RSS 0.9x feeds seen in the wild put their items straight under {@code <rss>}, and some put RSS 2.0 in
     * a namespace of its own (Userland's), which hides every element from an RSS reader.
     */
    private static void wrapChannel(Element root, List<String> repairs) {
        if (!root.tagName().equalsIgnoreCase("rss")) {
            return;
        }
        if (root.hasAttr("xmlns")) {
            root.removeAttr("xmlns");
            repairs.add("default namespace on <rss> removed");
        }
        if (!root.getElementsByTag("channel").isEmpty()) {
            return;
        }
        Element channel = new Element("channel");
        channel.appendChildren(root.childNodes());
        root.appendChild(channel);
        repairs.add("channel element added");
    }
}
