package io.wirewatch.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An article pasted as plain text, split into its title and body paragraphs.
 *
 * <p>The head of the text — the lines before the first paragraph of prose, at most
 * {@value #MAX_HEAD_LINES} — may hold the headline next to rubrics, datelines, skip links and a
 * repetition of the headline in a caption. The title is the head line that looks like a headline
 * (see {@link #looksLikeTitle}): one the head repeats if there is such a line, else the first that is
 * more than a rubric. A text whose first line is already prose has no title. Page furniture
 * ({@link FurnitureLines}) and "see also" boxes are left out of the body wherever they stand; a head
 * line that repeats the title (the site name before it, a credit after it) goes too.
 *
 * @param title      the headline, or "" when the text has none
 * @param paragraphs the body's paragraphs in order, one per non-empty line
 */
public record PastedText(String title, List<String> paragraphs) {

    /** The head never reaches further than this many lines. */
    static final int MAX_HEAD_LINES = 12;
    /** Longer lines are paragraphs, whatever they end with (long press-release headlines stay below). */
    static final int MAX_TITLE_CHARS = 250;
    /** A line of prose with this many words or more ends the head. */
    private static final int PROSE_WORDS = 15;

    private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile("[.:;,]\\s*[\"“”»«'’)]*$");
    private static final Pattern ENDS_WITH_ELLIPSIS = Pattern.compile("(\\.\\.\\.|…)\\s*[\"“”»«'’)]*$");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\p{Lu}");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "(?iu)[\\p{L}., ]{0,12}\\d{1,4}[./ -]+(\\d{1,2}|\\p{L}{3,12})[./ -]*\\d{0,4}[ ,]*(\\d{1,2}[:.]\\d{2})?\\s*(uhr|h)?");
    private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Ll}{2}\\p{Lu}\\p{Ll}");
    private static final Pattern WORD_SPLIT = Pattern.compile("\\s+");

    public PastedText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Reads pasted text; never fails (an empty text has no title and no paragraphs). */
    public static PastedText read(String content) {
        List<String> lines = new ArrayList<>();
        for (String line : content.replace("\uFEFF", "").split("\\R")) {
            String stripped = line.strip().replaceAll("\\s+", " ");
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        int headEnd = headEnd(lines);
        String title = title(lines.subList(0, headEnd));
        return new PastedText(title, body(lines, headEnd, title));
    }

    /** The body as the pipeline carries it: paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** Index of the first line of prose (or furniture-free limit) that ends the head. */
    private static int headEnd(List<String> lines) {
        int limit = Math.min(lines.size(), MAX_HEAD_LINES);
        for (int i = 0; i < limit; i++) {
            if (isProse(lines.get(i))) {
                return i;
            }
        }
        return limit;
    }

    /** A cut headline ends with an ellipsis as a cut paragraph does: only its length makes it prose. */
    private static boolean isProse(String line) {
        if (line.length() > MAX_TITLE_CHARS) {
            return true;
        }
        if (ENDS_WITH_ELLIPSIS.matcher(line).find()) {
            return false;
        }
        return (endsLikeSentence(line) || line.endsWith("?") || line.endsWith("!")) && words(line) >= PROSE_WORDS
                || endsLikeSentence(line) && !FurnitureLines.isFurniture(line) && SENTENCE_INSIDE.matcher(line).find();
    }

    private static String title(List<String> head) {
        List<String> candidates = new ArrayList<>();
        for (String line : head) {
            if (looksLikeTitle(line)) {
                candidates.add(line);
            }
        }
        for (String candidate : candidates) {
            if (isRepeated(candidate, head)) {
                return candidate;
            }
        }
        for (String candidate : candidates) {
            if (!isRubric(candidate)) {
                return candidate;
            }
        }
        return candidates.isEmpty() ? "" : candidates.get(0);
    }

    /**
     * A headline: not furniture, not a "see also" lead-in, a date or a dateline ("Paris -"), not longer than
     * {@value #MAX_TITLE_CHARS} characters, and not ending like a sentence — a question, an exclamation or
     * an ellipsis (a cut headline) may end it, a full stop, colon or comma may not.
     */
    static boolean looksLikeTitle(String line) {
        if (line.length() > MAX_TITLE_CHARS || FurnitureLines.isFurniture(line) || FurnitureLines.isSeeAlso(line)
                || DATE_OR_TIME.matcher(line).matches() || line.endsWith("-") || line.endsWith("–")) {
            return false;
        }
        return !endsLikeSentence(line) || ENDS_WITH_ELLIPSIS.matcher(line).find();
    }

    /** A rubric or kicker: one word, or menu items pasted together without spaces ("KonflikteNordkorea"). */
    private static boolean isRubric(String line) {
        return words(line) == 1 || words(line) <= 6 && GLUED_WORDS.matcher(line).find();
    }

    /**
     * The head repeats the headline as a line of its own (pages print it above the picture and again above
     * the text); a line merely contained in another one is more often a part of a longer headline.
     */
    private static boolean isRepeated(String candidate, List<String> head) {
        int seen = 0;
        for (String line : head) {
            if (line.equals(candidate)) {
                seen++;
            }
        }
        return seen >= 2;
    }

    private static List<String> body(List<String> lines, int headEnd, String title) {
        List<String> body = new ArrayList<>();
        boolean inSeeAlso = false;
        boolean titleTaken = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i < headEnd && repeatsTitle(line, title)) {
                // the headline itself, or a repetition of it with the site's name or a credit around it
                titleTaken = true;
                continue;
            }
            if (FurnitureLines.isSeeAlso(line)) {
                inSeeAlso = true;
                continue;
            }
            if (inSeeAlso) {
                if (!looksLikeProse(line)) {
                    continue; // a linked title the box lists
                }
                inSeeAlso = false;
            }
            if (isAltTextOfNextCaption(lines, i)) {
                continue;
            }
            if (!FurnitureLines.isFurniture(line) && !(i < headEnd && !titleTaken && isRubric(line) && !title.isEmpty())) {
                body.add(line);
            }
        }
        return body;
    }

    /** A picture's alt text pasted just before its caption, which repeats it and adds the credit. */
    private static boolean isAltTextOfNextCaption(List<String> lines, int i) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        String next = lines.get(i + 1);
        return next.length() > lines.get(i).length() && next.startsWith(lines.get(i)) && FurnitureLines.isCredit(next);
    }

    /** The headline, or (for a headline of three words or more) a line with the site's name or a credit around it. */
    private static boolean repeatsTitle(String line, String title) {
        return !title.isEmpty() && (line.equals(title) || words(title) >= 3 && line.contains(title));
    }

    /** Running text rather than a listed headline: ends with a full stop or the like, or is a long question. */
    private static boolean looksLikeProse(String line) {
        return endsLikeSentence(line) || isProse(line);
    }

    /** Ends with a full stop, colon, semicolon or comma (also before closing quotes), not with a question or exclamation. */
    static boolean endsLikeSentence(String line) {
        return ENDS_LIKE_SENTENCE.matcher(line).find();
    }

    private static int words(String line) {
        return WORD_SPLIT.split(line.strip()).length;
    }
}
