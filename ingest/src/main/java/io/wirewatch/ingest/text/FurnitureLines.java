package io.wirewatch.ingest.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which pasted lines are page furniture rather than article text, judged line by line from wording
 * shared across publishers (never one site's): skip links and menus, breadcrumbs, share bars, photo
 * credits, bare links, and the lead-ins of "see also" boxes.
 */
final class FurnitureLines {

    /** Bullets and list numbers a browser adds when menu items are copied ("1. Zum Inhalt springen"). */
    private static final Pattern LIST_MARK = Pattern.compile("^(\\d{1,2}[.)]|[-*•·▷►>]+)\\s+");

    /** Skip links and menu entries: the whole (short) line is one of these. */
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?iu)(zum inhalt|zur (haupt)?navigation|zu weiteren angeboten.*|zur suche|zum seitenanfang|zurück zum anfang"
                    + "|nach oben|skip to (main )?content|skip navigation|back to top|startseite|home|homepage|menü|menu"
                    + "|hauptmenü|navigation|suche|search|anmelden|abmelden|login|log in|registrieren|abonnieren|abo"
                    + "|newsletter|textgröße|schriftgröße|vorlesen|artikel anhören|drucken|print|kommentare|comments"
                    + "|mehr anzeigen|weiterlesen|read more|mehr|more|werbung|anzeige|advertisement|cookie-einstellungen"
                    + "|datenschutz|impressum|kontakt)( springen)?[\\s:.!…]*");
    /** Short lines that mention a skip link inside other words ("Schaltfläche "Zurück zum Anfang""). */
    private static final Pattern SKIP_LINK = Pattern.compile(
            "(?iu).*\\b(zum inhalt springen|zur hauptnavigation|zurück zum anfang|nach oben scrollen|skip to content|back to top)\\b.*");
    private static final int MAX_SKIP_LINK_LINE = 60;

    /** Networks and actions of share bars; a line made only of these is one. */
    private static final Pattern SHARE_WORD = Pattern.compile(
            "(?iu)teilen|share|facebook|twitter|x|whatsapp|telegram|linkedin|xing|pinterest"
                    + "|reddit|threads|bluesky|mastodon|messenger|flipboard|e-?mail|mail|link|kopieren|copy"
                    + "|drucken|print|merken|speichern|tweet");
    /** Words between the networks ("Teilen auf Facebook"), which alone make no share bar. */
    private static final Pattern SHARE_FILLER = Pattern.compile("(?iu)auf|per|via|on|with|mit|artikel|beitrag|seite|diesen|this|article|page");
    private static final Pattern SHARE_SEPARATORS = Pattern.compile("\\s*[|·•,/:]\\s*|\\s+");

    /** Credits: "Foto: © AFP", "Bild: Getty Images", "© dpa", "Quelle: Reuters" (short). */
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)^(bild|foto|fotos|bildquelle|bildnachweis|titelbild|fotograf|grafik|quelle|copyright|photo|image|credit)"
                    + "\\s*:.*|^©.*");
    /** A caption ending in its credit ("… in der UkraineBild: KCNA/REUTERS", "Titel / Foto: © AFP"). */
    private static final Pattern CAPTION_WITH_CREDIT = Pattern.compile(
            "(?iu).*(\\s|\\p{Ll}|/)(bild|foto|fotos|bildquelle|photo)\\s*:\\s*[^.!?]{0,80}$");
    private static final int MAX_CREDIT_LINE = 160;
    private static final int MAX_CAPTION_LINE = 400;

    /** A breadcrumb: short items joined by path separators ("Startseite › Politik › Ausland"). */
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[>›»/|]\\s+|\\s*[›»]\\s*");
    private static final int MAX_BREADCRUMB_ITEM = 40;

    /** A bare link on a line of its own (a short link or "share this URL" box). */
    private static final Pattern BARE_LINK = Pattern.compile("(?iu)(https?://|www\\.)\\S+");

    /** Lead-ins of boxes that point to other articles; the titles listed after them go as well. */
    private static final Pattern SEE_ALSO = Pattern.compile(
            "(?iu)(siehe auch|lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|auch interessant|das könnte sie auch interessieren"
                    + "|weitere artikel|ähnliche artikel|verwandte artikel|empfehlungen|meistgelesen|top-artikel|related( articles| stories)?"
                    + "|read more|more on this( topic)?|see also|you may also like)\\b[\\s:.…]*(.{0,120})");

    private FurnitureLines() {
    }

    /** The line without a list number or bullet in front. */
    static String withoutListMark(String line) {
        return LIST_MARK.matcher(line).replaceFirst("");
    }

    /** True for skip links, menu entries, breadcrumbs, share bars, credits and bare links. */
    static boolean isFurniture(String line) {
        String text = withoutListMark(line).strip();
        if (text.isEmpty()) {
            return true;
        }
        return NAVIGATION.matcher(text).matches()
                || text.length() <= MAX_SKIP_LINK_LINE && SKIP_LINK.matcher(text).matches()
                || isShareBar(text)
                || isCredit(text)
                || isBreadcrumb(text)
                || BARE_LINK.matcher(text).matches();
    }

    /** A photo credit, or a caption that ends in one. */
    static boolean isCredit(String line) {
        return line.length() <= MAX_CREDIT_LINE && CREDIT.matcher(line).matches()
                || line.length() <= MAX_CAPTION_LINE && CAPTION_WITH_CREDIT.matcher(line).matches();
    }

    /** The lead-in of a "see also" box, on its own or with one linked title after it. */
    static boolean isSeeAlso(String line) {
        return SEE_ALSO.matcher(withoutListMark(line).strip()).matches();
    }

    private static boolean isShareBar(String line) {
        if (line.length() > 120) {
            return false;
        }
        String[] words = SHARE_SEPARATORS.split(line.toLowerCase(Locale.ROOT));
        int shareWords = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (SHARE_WORD.matcher(word).matches()) {
                shareWords++;
            } else if (!SHARE_FILLER.matcher(word).matches()) {
                return false;
            }
        }
        return shareWords > 0;
    }

    private static boolean isBreadcrumb(String line) {
        if (line.length() > 150 || PastedText.endsLikeSentence(line)) {
            return false;
        }
        String[] items = BREADCRUMB_SEPARATOR.split(line);
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || item.length() > MAX_BREADCRUMB_ITEM) {
                return false;
            }
        }
        return true;
    }
}
