package io.wirewatch.processor.claims;

import static io.wirewatch.processor.claims.AttributionPatterns.isStatement;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English attribution patterns, in the order they are tried (the first hit wins):
 *
 * <ol>
 *   <li><b>Quote, then cue</b>: "…," he said · "…," Kirby told reporters · "…", said John Kirby.</li>
 *   <li><b>Cue, then colon and quote</b>: Kirby told reporters: "…".</li>
 *   <li><b>Clause, then cue</b>: Russia fired the missiles on 30 December, officials said.</li>
 *   <li><b>Cue, then clause</b>: Kirby said (that) Russia had … · U.S. officials said on Friday that ….
 *       "said goodbye" and "the said agreement" are not speech.</li>
 *   <li><b>Accusation or concern</b>: Washington accused Pyongyang of … · officials expressed concern that ….</li>
 *   <li><b>Source phrase</b>: according to X (but not "according to plan").</li>
 * </ol>
 */
final class EnglishAttributions extends GatedPatterns {

    private static final String Q = Pattern.quote(MaskedSentence.QUOTE);
    private static final String VERB = "(?<cue>" + CueLexicon.EN_SPEECH + ")";

    private static final Pattern QUOTE_THEN_VERB_FIRST = Pattern.compile(
            Q + "\\s*,?\\s*" + VERB + "\\s+(?<rest>.+)$");
    private static final Pattern QUOTE_THEN_SPEAKER_FIRST = Pattern.compile(
            Q + "\\s*,?\\s*(?<speaker>[^,⟪]{1,80}?)\\s+" + VERB + "(?!\\p{L})(?<rest>.*)$");
    private static final Pattern CUE_COLON_QUOTE = Pattern.compile(
            "^(?<pre>.*?)(?<!\\p{L})" + VERB + "(?!\\p{L})(?<mid>[^:⟪]*):\\s*" + Q);
    private static final Pattern COMMA = Pattern.compile(",\\s*");
    private static final Pattern TAIL_SPEAKER_FIRST = Pattern.compile(
            "^(?<speaker>[^,]{1,80}?)\\s+" + VERB + "(?!\\p{L})(?<rest>.*)$");
    private static final Pattern TAIL_VERB_FIRST = Pattern.compile("^(?<cue>said|says|added)\\s+(?<rest>.+)$");
    private static final Pattern CUE = Pattern.compile("(?<!\\p{L})" + VERB + "(?!\\p{L})");
    private static final Pattern RECIPIENT = Pattern.compile("(?i)^\\s*(?:" + CueLexicon.EN_RECIPIENTS + ")(?!\\p{L})");
    private static final Pattern ACCUSATION = Pattern.compile(
            "(?<!\\p{L})(?<cue>" + CueLexicon.EN_ACCUSATION + ")\\s+(?<object>[^,]{1,60}?)\\s+of\\s+(?<clause>.+)$");
    private static final Pattern CONCERN = Pattern.compile(
            "(?<!\\p{L})(?<cue>" + CueLexicon.EN_CONCERN + ")\\s+(?:that|about whether)\\s+(?<clause>.+)$");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?<!\\p{L})[Aa]ccording to\\s+(?<source>[^,]+)");

    /** Cue words of the gates ({@link CueGate}): a pattern runs only on a sentence that holds one of its own. */
    private static final Set<String> SPEECH = CueGate.firstWords(CueLexicon.EN_SPEECH);
    /** {@link CueLexicon#EN_ACCUSATION} and the verbs of {@link CueLexicon#EN_CONCERN}. */
    private static final Set<String> ACCUSING = CueGate.firstWords(CueLexicon.EN_ACCUSATION, CueLexicon.EN_CONCERN_VERBS);
    private static final Set<String> ACCORDING = CueGate.words("according");

    private static final CueGate[] GATED = {
        new CueGate(s -> s.hasQuote() && s.hasAnyWord(SPEECH), EnglishAttributions::quoteThenCue),
        new CueGate(s -> s.hasQuote() && s.has(':') && s.hasAnyWord(SPEECH), EnglishAttributions::cueColonQuote),
        new CueGate(s -> s.has(',') && s.hasAnyWord(SPEECH), EnglishAttributions::clauseThenCue),
        new CueGate(s -> s.hasAnyWord(SPEECH), EnglishAttributions::cueThenClause),
        new CueGate(s -> s.hasAnyWord(ACCUSING), EnglishAttributions::accusation),
        new CueGate(s -> s.hasAnyWord(ACCORDING), EnglishAttributions::accordingTo),
    };

    /** @param gated false to run every pattern on every sentence (the reference for the gates' test) */
    EnglishAttributions(boolean gated) {
        super(gated, GATED);
    }

    private static Attribution quoteThenCue(String s) {
        Matcher v = QUOTE_THEN_VERB_FIRST.matcher(s);
        if (v.find()) {
            SpeakerPhrase.After after = SpeakerPhrase.after(v.group("rest"));
            if (after.speaker() != null && after.clean()) {
                return new Attribution(after.speaker(), cue(v.group("cue")), true);
            }
        }
        Matcher m = QUOTE_THEN_SPEAKER_FIRST.matcher(s);
        if (m.find() && tailIsClean(m.group("cue"), m.group("rest"))) {
            String speaker = SpeakerPhrase.before(m.group("speaker"));
            if (speaker != null) {
                return new Attribution(speaker, cue(m.group("cue")), true);
            }
        }
        return null;
    }

    private static Attribution cueColonQuote(String s) {
        Matcher m = CUE_COLON_QUOTE.matcher(s);
        if (!m.find()) {
            return null;
        }
        String speaker = SpeakerPhrase.before(m.group("pre"));
        return speaker == null ? null : new Attribution(speaker, cue(m.group("cue")), true);
    }

    private static Attribution clauseThenCue(String s) {
        Matcher comma = COMMA.matcher(s);
        while (comma.find()) {
            String clause = s.substring(0, comma.start());
            String tail = s.substring(comma.end());
            if (!isStatement(clause)) {
                continue;
            }
            Matcher m = TAIL_SPEAKER_FIRST.matcher(tail);
            if (m.find() && tailIsClean(m.group("cue"), m.group("rest"))) {
                String speaker = SpeakerPhrase.before(m.group("speaker"));
                if (speaker != null) {
                    return new Attribution(speaker, cue(m.group("cue")), clause.contains(MaskedSentence.QUOTE));
                }
            }
            Matcher v = TAIL_VERB_FIRST.matcher(tail);
            if (v.find()) {
                SpeakerPhrase.After after = SpeakerPhrase.after(v.group("rest"));
                if (after.speaker() != null && after.clean()) {
                    return new Attribution(after.speaker(), cue(v.group("cue")), clause.contains(MaskedSentence.QUOTE));
                }
            }
        }
        return null;
    }

    private static Attribution cueThenClause(String s) {
        Matcher m = CUE.matcher(s);
        while (m.find()) {
            String cue = m.group("cue");
            String rest = s.substring(m.end());
            if (cue.startsWith("told") || cue.startsWith("tells")) {
                Matcher r = RECIPIENT.matcher(rest);
                if (!r.find()) {
                    continue;
                }
                rest = rest.substring(r.end());
            }
            String clause = skipToClause(rest);
            if (clause == null || !isStatement(clause) || saidObject(clause)) {
                continue;
            }
            String pre = s.substring(0, m.start());
            if (endsWithArticle(pre) || endsWithPassive(pre)) {
                continue; // "the said agreement", "were said to be"
            }
            String speaker = SpeakerPhrase.before(pre);
            if (speaker != null) {
                return new Attribution(speaker, cue(cue), clause.strip().startsWith(MaskedSentence.QUOTE));
            }
        }
        return null;
    }

    private static Attribution accusation(String s) {
        Matcher m = ACCUSATION.matcher(s);
        if (m.find() && isStatement(m.group("object") + " " + m.group("clause"))) {
            String speaker = SpeakerPhrase.before(s.substring(0, m.start()));
            if (speaker != null) {
                return new Attribution(speaker, "accused", false);
            }
        }
        Matcher c = CONCERN.matcher(s);
        if (c.find() && isStatement(c.group("clause"))) {
            String speaker = SpeakerPhrase.before(s.substring(0, c.start()));
            if (speaker != null) {
                return new Attribution(speaker, "expressed concern", false);
            }
        }
        return null;
    }

    private static Attribution accordingTo(String s) {
        Matcher m = ACCORDING_TO.matcher(s);
        if (!m.find()) {
            return null;
        }
        String source = m.group("source").strip().replaceAll("[.!?]+$", "");
        if (CueLexicon.EN_NON_SOURCES.contains(source.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String remainder = s.substring(0, m.start()) + " " + s.substring(m.end());
        if (!isStatement(remainder)) {
            return null;
        }
        return new Attribution(source, "according to", false);
    }

    /** After the verb: adverbials, an optional "that" or comma/colon, then the clause. */
    private static String skipToClause(String rest) {
        Tokens t = Tokens.of(rest);
        int i = SpeakerPhrase.skipAdverbials(t, 0);
        if (i < t.size() && (t.get(i).equals("that") || t.get(i).equals(",") || t.get(i).equals(":"))) {
            i++;
        }
        return i < t.size() ? t.join(i, t.size()) : null;
    }

    private static boolean tailIsClean(String cue, String rest) {
        String remaining = rest;
        if (cue.startsWith("told") || cue.startsWith("tells")) {
            Matcher r = RECIPIENT.matcher(rest);
            if (!r.find()) {
                return false;
            }
            remaining = rest.substring(r.end());
        }
        Tokens t = Tokens.of(remaining);
        int i = SpeakerPhrase.skipAdverbials(t, 0);
        return i >= t.size() || t.isComma(i);
    }

    private static boolean saidObject(String clause) {
        String first = clause.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return CueLexicon.EN_SAID_OBJECTS.contains(first);
    }

    private static boolean endsWithArticle(String pre) {
        String[] words = pre.strip().split("\\s+");
        return words.length > 0 && CueLexicon.in(CueLexicon.ARTICLES, words[words.length - 1]);
    }

    private static boolean endsWithPassive(String pre) {
        return pre.strip().matches("(?is).*\\b(?:is|are|was|were|be|been|being)$");
    }

    private static String cue(String verb) {
        return verb.toLowerCase(Locale.ROOT);
    }
}
