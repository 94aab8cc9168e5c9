package io.wirewatch.processor.claims;

import static io.wirewatch.processor.claims.AttributionPatterns.isStatement;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German attribution patterns, in the order they are tried (the first hit wins):
 *
 * <ol>
 *   <li><b>Quote, then cue</b>: „…“, sagte John Kirby · «…», so Kirby · "…", betonte er.</li>
 *   <li><b>Cue, then colon and quote</b>: ergänzte Kirby: "…" · Kirby sagte: „…“.</li>
 *   <li><b>Clause, then cue</b> (indirect speech, cue at the end): Russland habe …, so der
 *       Sprecher des Weißen Hauses · Nach US-Informationen hätten …, sagte Kirby.</li>
 *   <li><b>Cue, then clause</b>: Kirby sagte, Russland sei … · Zuvor hatte ein US-Beamter erklärt,
 *       das Material sei …. The words between cue and comma may only be the speaker and
 *       adverbials; that rejects "Der Sprecher sagte seine Reise ab, weil …".</li>
 *   <li><b>Accusation or concern</b>: Die USA haben Nordkorea vorgeworfen, … · X wirft Y vor, … ·
 *       US-Beamte haben … beschuldigt, … · haben Bedenken geäußert, dass ….</li>
 *   <li><b>Source phrase</b>: laut X · nach Angaben der X · nach US-Angaben · X zufolge · nach
 *       Erkenntnissen der X · unter Berufung auf X · wie X mitteilte.</li>
 * </ol>
 *
 * <p>Every pattern needs a statement besides the cue: a quote of three or more words or a clause of
 * four or more words.
 */
final class GermanAttributions extends GatedPatterns {

    private static final String Q = Pattern.quote(MaskedSentence.QUOTE);
    private static final String FINITE = "(?<cue>" + CueLexicon.DE_SPEECH_FINITE + ")";
    private static final String ANY_SPEECH = "(?<cue>" + CueLexicon.DE_SPEECH_FINITE + "|" + CueLexicon.DE_SPEECH_PARTICIPLE + ")";

    private static final Pattern QUOTE_THEN_CUE = Pattern.compile(
            Q + "\\s*[,;]?\\s*[–—-]?\\s*(?:" + FINITE.replace("<cue>", "<cue>so|") + ")(?!\\p{L})(?<rest>.*)$");
    private static final Pattern CUE_COLON_QUOTE = Pattern.compile(
            "^(?<pre>.*?)(?<!\\p{L})" + ANY_SPEECH + "(?!\\p{L})(?<mid>[^:⟪]*):\\s*" + Q);
    private static final Pattern COMMA_THEN_CUE = Pattern.compile(
            ",\\s*[–—-]?\\s*(?:" + FINITE.replace("<cue>", "<cue>so|") + ")(?!\\p{L})");
    private static final Pattern CUE = Pattern.compile("(?<!\\p{L})" + ANY_SPEECH + "(?!\\p{L})");
    private static final Pattern ACCUSATION = Pattern.compile(
            "(?<!\\p{L})(?<cue>" + CueLexicon.DE_ACCUSATION + ")(?:\\s+[^,:]{1,60}?)?\\s*[,:]\\s*(?<clause>.+)$");
    /** "wirft dem 34-Jährigen Spionage vor.": the accusation is the object itself, no clause follows. */
    private static final Pattern ACCUSE_OBJECT = Pattern.compile(
            "(?<!\\p{L})(?:" + CueLexicon.DE_ACCUSE_FINITE + ")\\s+(?<object>[^,]{1,80}?)\\s+vor\\s*[.!]?$");
    private static final Pattern ACCUSE_FINITE = Pattern.compile(
            "(?<!\\p{L})(?<verb>" + CueLexicon.DE_ACCUSE_FINITE + ")\\s+(?<object>[^,]{1,60}?)\\s+vor\\s*[,:]\\s*(?<clause>.+)$");

    private static final Pattern LAUT = Pattern.compile(
            "(?<!\\p{L})[Ll]aut\\s+(?<source>(?:(?:dem|der|den|des|einem|einer|eines)\\s+(?:\\p{Ll}+e[nrms]?\\s+)?)?\\p{Lu}.*)$");
    private static final Pattern NACH_ANGABEN = Pattern.compile(
            "(?<!\\p{L})[Nn]ach\\s+(?:einem\\s+|einer\\s+|(?<possessive>seinen|seiner|ihren|ihrer)\\s+)?"
            + "(?<qualifier>eigenen\\s+|offiziellen\\s+|ersten\\s+|übereinstimmenden\\s+|vorläufigen\\s+)?"
            + "(?<cue>Angaben|Informationen|Erkenntnissen|Einschätzung|Darstellung|Ansicht|Auffassung|Schätzungen"
            + "|Berechnungen|Worten|Aussagen|Aussage|Bericht|Berichten|Recherchen|Meinung)"
            // "der US-Regierung", "Washingtons", or a bare genitive plural: "amerikanischer Geheimdienste"
            + "(?:\\s+(?:von\\s+|aus\\s+)?(?<source>(?:der|des|dem|den)\\s+.+|(?:\\p{Ll}+e[rn]\\s+)?\\p{Lu}.+))?");
    private static final Pattern NACH_X_ANGABEN = Pattern.compile(
            "(?<!\\p{L})[Nn]ach\\s+(?<source>\\p{Lu}[\\p{L}]*)-(?:Angaben|Informationen|Erkenntnissen|Schätzungen)(?!\\p{L})");
    private static final Pattern ZUFOLGE = Pattern.compile("^(?<pre>.*?)(?<!\\p{L})zufolge(?!\\p{L})");
    private static final Pattern BERUFUNG = Pattern.compile(
            "(?<!\\p{L})[Uu]nter Berufung auf\\s+(?<source>.+)$");
    private static final Pattern WIE_MITTEILTE = Pattern.compile(
            "(?<!\\p{L})[Ww]ie\\s+(?<source>(?:aus\\s+)?(?:(?:der|die|das|dem|den)\\s+(?:\\p{Ll}+e[nrs]?\\s+)?)?\\p{Lu}[^,]{0,60}?)\\s+"
            + "(?<cue>mitteilte|mitteilten|berichtete|berichteten|meldete|meldeten|erklärte|bestätigte|sagte|verlautete"
            + "|hieß|hiess)(?!\\p{L})");

    private static final Pattern LEADING_ADJECTIVE = Pattern.compile("^(\\p{Ll}+e[rn])\\s+(\\p{Lu}.*)$");

    /** A source phrase that may open with a lower-case adjective: "amerikanischer Geheimdienste". */
    private static String sourceAfterAdjective(String phrase) {
        Matcher adjective = LEADING_ADJECTIVE.matcher(phrase);
        if (!adjective.matches()) {
            return SpeakerPhrase.source(phrase);
        }
        String noun = SpeakerPhrase.source(adjective.group(2));
        return noun == null ? null : adjective.group(1) + " " + noun;
    }

    /** Cue words of the gates ({@link CueGate}): a pattern runs only on a sentence that holds one of its own. */
    private static final Set<String> FINITE_OR_SO = CueGate.firstWords("so", CueLexicon.DE_SPEECH_FINITE);
    private static final Set<String> SPEECH = CueGate.firstWords(CueLexicon.DE_SPEECH_FINITE, CueLexicon.DE_SPEECH_PARTICIPLE);
    private static final Set<String> ACCUSING = CueGate.firstWords(CueLexicon.DE_ACCUSATION, CueLexicon.DE_ACCUSE_FINITE);
    /** laut · nach (Angaben, US-Angaben, …) · zufolge · unter (Berufung auf) · wie (… mitteilte). */
    private static final Set<String> SOURCE_PHRASES = CueGate.words("laut", "nach", "zufolge", "unter", "wie");

    private static final CueGate[] GATED = {
        new CueGate(s -> s.hasQuote() && s.hasAnyWord(FINITE_OR_SO), GermanAttributions::quoteThenCue),
        new CueGate(s -> s.hasQuote() && s.has(':') && s.hasAnyWord(SPEECH), GermanAttributions::cueColonQuote),
        new CueGate(s -> s.has(',') && s.hasAnyWord(FINITE_OR_SO), GermanAttributions::clauseThenCue),
        new CueGate(s -> (s.has(',') || s.has(':')) && s.hasAnyWord(SPEECH), GermanAttributions::cueThenClause),
        new CueGate(s -> s.hasAnyWord(ACCUSING), GermanAttributions::accusation),
        new CueGate(s -> s.hasAnyWord(SOURCE_PHRASES), GermanAttributions::sourcePhrase),
    };

    /** @param gated false to run every pattern on every sentence (the reference for the gates' test) */
    GermanAttributions(boolean gated) {
        super(gated, GATED);
    }

    private static Attribution quoteThenCue(String s) {
        Matcher m = QUOTE_THEN_CUE.matcher(s);
        while (m.find()) {
            String cue = m.group("cue");
            SpeakerPhrase.After after = SpeakerPhrase.after(m.group("rest"));
            // After a quote a speech verb is always the attribution; words left after the speaker are a
            // recipient or an adverbial the parser does not know ("sagte ein Anwohner der Agentur dpa").
            if (impersonal(cue) || after.speaker() != null) {
                return new Attribution(after.speaker(), cue, true);
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
        if (speaker == null) {
            SpeakerPhrase.After after = SpeakerPhrase.after(m.group("mid"));
            speaker = after.clean() ? after.speaker() : null;
        }
        return speaker == null ? null : new Attribution(speaker, m.group("cue"), true);
    }

    private static Attribution clauseThenCue(String s) {
        Matcher m = COMMA_THEN_CUE.matcher(s);
        while (m.find()) {
            String clause = s.substring(0, m.start());
            String cue = m.group("cue");
            if (!isStatement(clause)) {
                continue;
            }
            SpeakerPhrase.After after = SpeakerPhrase.after(s.substring(m.end()));
            if (after.clean() && (after.speaker() != null || impersonal(cue))) {
                return new Attribution(after.speaker(), cue, clause.contains(MaskedSentence.QUOTE));
            }
        }
        return null;
    }

    private static Attribution cueThenClause(String s) {
        Matcher m = CUE.matcher(s);
        while (m.find()) {
            String cue = m.group("cue");
            int comma = indexOfClauseMark(s, m.end());
            if (comma < 0 || impersonal(cue)) {
                continue; // "hieß es" only works postposed
            }
            String mid = s.substring(m.end(), comma);
            if (cue.contains(" ") && !mid.isBlank()) {
                continue; // "teilte mit, …" yes; "teilte die Zahl mit" is not the cue
            }
            String clause = s.substring(comma + 1);
            if (!isStatement(clause) || separableParticle(cue, mid) || mid.contains(" sich ") || mid.startsWith(" sich")
                    || cue.startsWith("warn") && mid.strip().startsWith("vor")) {
                continue;
            }
            SpeakerPhrase.After after = SpeakerPhrase.after(mid);
            if (!after.clean()) {
                continue;
            }
            String speaker = SpeakerPhrase.before(s.substring(0, m.start()));
            if (speaker != null && after.speaker() != null && !recipientOrReportedObject(mid, clause)) {
                continue; // subject in front and a noun after the verb: an object ("erklärte den Krieg für beendet")
            }
            if (speaker == null) {
                speaker = after.speaker();
            }
            if (speaker != null) {
                return new Attribution(speaker, cue, clause.strip().startsWith(MaskedSentence.QUOTE));
            }
        }
        return null;
    }

    /**
     * With the subject in front, a dative after the verb is whom it was told ("sagte der Zeitung, …"),
     * and "dementierte Berichte, wonach …" reports the denied content.
     */
    private static boolean recipientOrReportedObject(String mid, String clause) {
        String object = mid.strip();
        return object.startsWith("der ") || object.startsWith("dem ") || clause.strip().startsWith("wonach ");
    }

    private static Attribution accusation(String s) {
        Matcher m = ACCUSATION.matcher(s);
        if (m.find() && isStatement(m.group("clause"))) {
            String speaker = SpeakerPhrase.before(s.substring(0, m.start()));
            if (speaker != null) {
                return new Attribution(speaker, accusationCue(m.group("cue")), false);
            }
        }
        Matcher f = ACCUSE_FINITE.matcher(s);
        if (f.find() && isStatement(f.group("clause"))) {
            String speaker = SpeakerPhrase.before(s.substring(0, f.start()));
            if (speaker != null) {
                return new Attribution(speaker, "wirft vor", false);
            }
        }
        Matcher o = ACCUSE_OBJECT.matcher(s);
        if (o.find() && Tokens.of(o.group("object")).wordCount() >= 2) {
            String speaker = SpeakerPhrase.before(s.substring(0, o.start()));
            if (speaker != null) {
                return new Attribution(speaker, "wirft vor", false);
            }
        }
        return null;
    }

    private static Attribution sourcePhrase(String s) {
        Matcher m = LAUT.matcher(s);
        if (m.find()) {
            String source = SpeakerPhrase.source(m.group("source"));
            if (source != null && !CueLexicon.DE_NON_SOURCES.contains(source)
                    && remainderIsStatement(s, m.start(), m.start() + 5 + source.length())) {
                return new Attribution(source, "laut", false);
            }
        }
        m = NACH_X_ANGABEN.matcher(s);
        if (m.find() && remainderIsStatement(s, m.start(), m.end())) {
            return new Attribution(m.group("source"), "nach Angaben", false);
        }
        m = NACH_ANGABEN.matcher(s);
        if (m.find()) {
            String source = m.group("source") == null ? null : sourceAfterAdjective(m.group("source"));
            if (source == null && m.group("possessive") != null) {
                source = m.group("possessive").startsWith("s") ? "er" : "sie"; // "nach seinen Worten": the previous speaker
            }
            boolean sourced = source != null || m.group("qualifier") != null; // not "sucht nach Angaben zur Herkunft"
            int end = m.start("cue") + m.group("cue").length() + (source == null ? 0 : source.length() + 5);
            if (sourced && remainderIsStatement(s, m.start(), end)) {
                String cue = m.group("cue").equals("Angaben") ? "nach Angaben" : "nach " + m.group("cue");
                return new Attribution(withoutArticle(source), cue, false);
            }
        }
        m = ZUFOLGE.matcher(s);
        if (m.find()) {
            String source = SpeakerPhrase.sourceBefore(m.group("pre"));
            if (source != null && remainderIsStatement(s, m.end() - "zufolge".length() - source.length() - 1, m.end())) {
                return new Attribution(source, "zufolge", false);
            }
        }
        m = BERUFUNG.matcher(s);
        if (m.find()) {
            String source = SpeakerPhrase.source(m.group("source"));
            if (source != null && remainderIsStatement(s, m.start(), m.start() + 20 + source.length())) {
                return new Attribution(withoutArticle(source), "unter Berufung auf", false);
            }
        }
        m = WIE_MITTEILTE.matcher(s);
        if (m.find() && remainderIsStatement(s, m.start(), m.end())) {
            return new Attribution(m.group("source"), m.group("cue"), false);
        }
        return null;
    }

    /** "nach Angaben der US-Regierung": the article only carries the case, the source is "US-Regierung". */
    private static String withoutArticle(String source) {
        return source == null ? null : source.replaceFirst("^(?:der|des|dem|den)\\s+", "");
    }

    /** The sentence without the source phrase must still say something. */
    private static boolean remainderIsStatement(String s, int from, int to) {
        int start = Math.max(0, Math.min(from, s.length()));
        int end = Math.max(start, Math.min(to, s.length()));
        return isStatement(s.substring(0, start) + " " + s.substring(end));
    }

    private static int indexOfClauseMark(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ':') {
                return i;
            }
            if (s.startsWith(MaskedSentence.QUOTE, i)) {
                return -1;
            }
        }
        return -1;
    }

    /** "sagte … ab/zu" cancels or promises; it does not report speech. */
    private static boolean separableParticle(String cue, String mid) {
        String trimmed = mid.strip();
        return cue.startsWith("sagt") && (trimmed.endsWith(" ab") || trimmed.endsWith(" zu") || trimmed.equals("ab")
                || trimmed.equals("zu"));
    }

    private static boolean impersonal(String cue) {
        return cue.endsWith(" es");
    }

    private static String accusationCue(String cue) {
        if (cue.startsWith("beschuldig")) {
            return "beschuldigt";
        }
        if (cue.contains("Bedenken") || cue.contains("Sorge")) {
            return "Bedenken geäußert";
        }
        if (cue.contains("besorgt")) {
            return "besorgt";
        }
        return cue;
    }
}
