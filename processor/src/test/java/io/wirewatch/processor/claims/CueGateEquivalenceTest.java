package io.wirewatch.processor.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The cue gates ({@link CueGate}) only skip patterns that could not match: the gated extractor finds
 * exactly the claims (text, offsets, speaker, cue, direct, hedged) of the extractor that runs every
 * pattern on every sentence. Checked on sentences built from every cue word of {@link CueLexicon} in
 * every attribution form of issue 5, on near misses, on random word salads of cue words, names and
 * punctuation, and on the annotated sentences; in German, English and undetermined language, and
 * grouped into articles so that speaker resolution across sentences is exercised too.
 */
class CueGateEquivalenceTest {

    private static final List<String> LANGUAGES = List.of("de", "en", "und");

    private static final String[] OPEN_CLOSE = {"„", "“", "«", "»", "\"", "\"", "»", "«", "‚", "‘", "“", "”"};

    private static final List<String> DE_SPEAKERS = List.of("John Kirby", "Kirby", "der Sprecher des Weißen Hauses",
            "US-Beamte", "er", "sie", "Innenministerin Petra Lohmann", "die Polizei", "ein Sprecher", "Herr Kirby",
            "der Kreml", "Lohmann");
    private static final List<String> EN_SPEAKERS = List.of("John Kirby", "Kirby", "he", "she", "officials",
            "a spokesman for the ministry", "Mayor Linda Carter", "the White House", "Carter", "US officials");
    private static final List<String> DE_CLAUSES = List.of("Russland habe die Raketen bereits im Herbst geliefert",
            "die Lieferungen seien offenbar vorerst gestoppt worden", "Nordkorea soll tausende Soldaten entsandt haben",
            "die Brücke bleibe bis zum Wochenende gesperrt", "man werde die Gespräche in Genf fortsetzen");
    private static final List<String> EN_CLAUSES = List.of("Russia had fired the missiles on 30 December",
            "the shipments were allegedly stopped for now", "the bridge would stay closed until the weekend",
            "talks would continue in Geneva next week", "North Korea has sent thousands of troops");
    private static final List<String> DE_QUOTES = List.of("Wir werden die Unterstützung fortsetzen",
            "Das ist eine ernste Eskalation der Lage", "Es besteht keine Gefahr für die Bevölkerung");
    private static final List<String> EN_QUOTES = List.of("We will keep supporting our partners",
            "This is a serious escalation of the conflict", "There is no danger to the public");

    private final ClaimExtractor gated = new ClaimExtractor();
    private final ClaimExtractor ungated = new ClaimExtractor(false);

    @Test
    void everyCueWordInEveryFormGivesTheSameClaims() {
        List<String> sentences = new ArrayList<>();
        Random random = new Random(5);
        for (String cue : alternatives(CueLexicon.DE_SPEECH_FINITE, "so")) {
            String speaker = any(DE_SPEAKERS, random);
            String clause = any(DE_CLAUSES, random);
            String quote = quoted(any(DE_QUOTES, random), random);
            sentences.add(quote + ", " + cue + " " + speaker + ".");
            sentences.add(quote + " – " + cue + " " + speaker + " am Dienstag in Berlin.");
            sentences.add(capitalised(speaker) + " " + cue + ": " + quote);
            sentences.add(capitalised(clause) + ", " + cue + " " + speaker + ".");
            sentences.add(capitalised(speaker) + " " + cue + ", " + clause + ".");
            sentences.add(capitalised(speaker) + " " + cue + " am Montag, " + clause + ".");
            sentences.add(capitalised(cue) + " " + speaker + ", " + clause + ".");
            sentences.add("Der Sprecher " + cue + " seine Reise ab, weil " + clause + ".");
        }
        for (String participle : alternatives(CueLexicon.DE_SPEECH_PARTICIPLE)) {
            sentences.add("Zuvor hatte " + any(DE_SPEAKERS, random) + " " + participle + ", " + any(DE_CLAUSES, random) + ".");
            sentences.add(capitalised(any(DE_SPEAKERS, random)) + " hat " + participle + ": "
                    + quoted(any(DE_QUOTES, random), random));
        }
        for (String accusation : alternatives(CueLexicon.DE_ACCUSATION)) {
            sentences.add("Die USA haben Nordkorea " + accusation + ", " + any(DE_CLAUSES, random) + ".");
            sentences.add(capitalised(any(DE_SPEAKERS, random)) + " " + accusation + ", dass " + any(DE_CLAUSES, random) + ".");
        }
        for (String verb : alternatives(CueLexicon.DE_ACCUSE_FINITE)) {
            sentences.add("Washington " + verb + " Pjöngjang vor, " + any(DE_CLAUSES, random) + ".");
            sentences.add("Die Staatsanwaltschaft " + verb + " dem 34-Jährigen Spionage vor.");
        }
        for (String clause : DE_CLAUSES) {
            sentences.add("Laut " + any(DE_SPEAKERS, random) + " " + clause + ".");
            sentences.add("Laut Fahrplan fährt der Zug um acht Uhr in Hamburg ab.");
            sentences.add("Nach Angaben der US-Regierung " + clause + ".");
            sentences.add("Nach eigenen Angaben " + clause + ".");
            sentences.add("Nach seinen Worten " + clause + ".");
            sentences.add("Nach US-Angaben " + clause + ".");
            sentences.add("Die Polizei sucht nach Angaben zur Herkunft des Wagens.");
            sentences.add("Den Berichten zufolge " + clause + ".");
            sentences.add("Unter Berufung auf Regierungskreise berichtete die Zeitung, " + clause + ".");
            sentences.add("Wie die Polizei mitteilte, " + clause + ".");
            sentences.add("USA: " + capitalised(clause));
            sentences.add("Liveblog: " + capitalised(clause));
            sentences.add("Kirby: " + quoted(any(DE_QUOTES, random), random));
            sentences.add(capitalised(clause) + ".");
        }
        for (String cue : alternatives(CueLexicon.EN_SPEECH)) {
            String speaker = any(EN_SPEAKERS, random);
            String clause = any(EN_CLAUSES, random);
            String quote = quoted(any(EN_QUOTES, random), random);
            sentences.add(quote + ", " + cue + " " + speaker + ".");
            sentences.add(quote + " " + speaker + " " + cue + " reporters.");
            sentences.add(quote + ", " + speaker + " " + cue + " the Security Council.");
            sentences.add(capitalised(speaker) + " " + cue + ": " + quote);
            sentences.add(capitalised(clause) + ", " + speaker + " " + cue + ".");
            sentences.add(capitalised(clause) + ", " + cue + " " + speaker + ".");
            sentences.add(capitalised(speaker) + " " + cue + " on Friday that " + clause + ".");
            sentences.add(capitalised(speaker) + " " + cue + " goodbye to the team after the game.");
            sentences.add("The " + cue + " agreement was signed in Geneva on Friday.");
        }
        for (String clause : EN_CLAUSES) {
            sentences.add("Washington accused Pyongyang of " + clause + ".");
            sentences.add("Officials expressed concern that " + clause + ".");
            sentences.add("The mayor raised fears about whether " + clause + ".");
            sentences.add("According to " + any(EN_SPEAKERS, random) + ", " + clause + ".");
            sentences.add("According to plan, " + clause + ".");
            sentences.add("Kremlin: " + capitalised(clause));
        }
        assertSameClaims(articles(sentences, random), 600);
    }

    @Test
    void randomWordSaladsOfCueWordsGiveTheSameClaims() {
        Random random = new Random(11);
        List<String> pieces = new ArrayList<>();
        Stream.of(CueLexicon.DE_SPEECH_FINITE, CueLexicon.DE_SPEECH_PARTICIPLE, CueLexicon.DE_ACCUSATION,
                CueLexicon.DE_ACCUSE_FINITE, CueLexicon.EN_SPEECH, CueLexicon.EN_ACCUSATION, CueLexicon.EN_CONCERN_VERBS)
                .forEach(alternation -> pieces.addAll(alternatives(alternation)));
        pieces.addAll(List.of("so", "So", "Sagte", "Laut", "laut", "nach", "Nach", "Angaben", "US-Angaben", "zufolge",
                "Unter", "Berufung", "auf", "Wie", "wie", "mitteilte", "vor", "According", "according", "to", "concern",
                "that", "of", "reporters", "the", "der", "die", "Kirby", "John", "Sprecher", "Regierung", "USA", "Kreml",
                "er", "he", "officials", "Russland", "habe", "sei", "Raketen", "geliefert", "missiles", "fired",
                "offenbar", "allegedly", "soll", "am", "Dienstag", "on", "Friday", ",", ",", ",", ":", ":", "–",
                "„", "“", "«", "»", "\"", "'", "’", "⟪Q⟫", "sagte-", "Absagte", "besagte", "unsaid", "Pre-said"));
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            StringBuilder sentence = new StringBuilder();
            int words = 3 + random.nextInt(16);
            for (int w = 0; w < words; w++) {
                String piece = any(pieces, random);
                boolean glue = piece.length() == 1 && !Character.isLetter(piece.charAt(0)) && random.nextBoolean();
                if (sentence.length() > 0 && !glue) {
                    sentence.append(' ');
                }
                sentence.append(piece);
            }
            sentences.add(capitalised(sentence.toString()) + (random.nextBoolean() ? "." : ""));
        }
        assertSameClaims(articles(sentences, random), 300);
    }

    @Test
    void annotatedSentencesGiveTheSameClaims() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/claims/annotated-sentences.tsv")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t", 4);
                    sentences.add(columns[3]);
                }
            }
        }
        assertSameClaims(articles(sentences, new Random(3)), 50);
    }

    /** Asserts equal claims in every language, and that the reference found at least {@code minClaims}. */
    private void assertSameClaims(List<String> articles, int minClaims) {
        int claims = 0;
        for (String article : articles) {
            for (String language : LANGUAGES) {
                List<ExtractedClaim> expected = ungated.extract(article, language);
                assertThat(gated.extract(article, language)).as("%s article:%n%s", language, article).isEqualTo(expected);
                claims += expected.size();
            }
        }
        assertThat(claims).as("claims the reference extractor found").isGreaterThanOrEqualTo(minClaims);
    }

    /** The sentences shuffled into articles of one to eight sentences, some on lines of their own. */
    private static List<String> articles(List<String> sentences, Random random) {
        List<String> shuffled = new ArrayList<>(sentences);
        java.util.Collections.shuffle(shuffled, random);
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); ) {
            int size = 1 + random.nextInt(8);
            List<String> part = shuffled.subList(i, Math.min(shuffled.size(), i + size));
            articles.add(String.join(random.nextInt(4) == 0 ? "\n\n" : " ", part));
            i += size;
        }
        return articles;
    }

    private static List<String> alternatives(String alternation, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(alternation.split("\\|")));
        all.addAll(Arrays.asList(more));
        return all;
    }

    private static String quoted(String text, Random random) {
        int pair = random.nextInt(OPEN_CLOSE.length / 2) * 2;
        return OPEN_CLOSE[pair] + text + OPEN_CLOSE[pair + 1];
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String any(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
