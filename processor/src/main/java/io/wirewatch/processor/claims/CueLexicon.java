package io.wirewatch.processor.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that signal attribution, and the words around them that the speaker parser must step
 * over. All lists are lower case and matched case-insensitively unless stated otherwise.
 *
 * <p>Why lists rather than a model: attribution in news is formulaic ("sagte X", "so X", "laut X",
 * "X zufolge", "X said"), the formulas are few, and a list a reviewer can read is the best
 * documentation of what counts as a claim.
 */
final class CueLexicon {

    /** German finite speech verbs ("…", sagte X / X betonte, …). */
    static final String DE_SPEECH_FINITE = "sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betonten|betont"
            + "|warnte|warnten|warnt|ergänzte|ergänzten|ergänzt|bekräftigte|bekräftigten|bestätigte|bestätigten"
            + "|behauptete|behaupteten|behauptet|behaupten|versicherte|versicherten|kritisierte|kritisierten"
            + "|unterstrich|meinte|meinten|berichtete|berichteten|mahnte|schrieb|schrieben|twitterte"
            + "|argumentierte|verkündete|räumte ein|fügte hinzu|teilte mit|hieß es|hiess es|heißt es|heisst es"
            // demands, announcements, denials and reports govern a quote or a content clause just as "sagte" does
            + "|forderte|forderten|fordert|erzählte|erzählten|erzählt|kündigte an|kündigten an|kündigt an"
            + "|meldete|meldeten|bestritt|bestritten|bestreitet|dementierte|dementierten|dementiert"
            + "|gab an|gaben an|gibt an|geht davon aus|gehen davon aus|ging davon aus|gingen davon aus";

    /** German participles after an auxiliary ("hatte ein US-Beamter erklärt, …"). */
    static final String DE_SPEECH_PARTICIPLE = "gesagt|erklärt|betont|gewarnt|mitgeteilt|berichtet|behauptet"
            + "|bestätigt|versichert|bekräftigt|unterstrichen|geschrieben|erklärt|gefordert|angekündigt|bestritten|dementiert";

    /** German accusations and concerns; each must govern a comma clause. */
    static final String DE_ACCUSATION = "vorgeworfen|beschuldigt|beschuldigte|beschuldigten|beschuldigen"
            + "|Bedenken geäußert|Bedenken geäussert|Sorge geäußert|Sorgen geäußert|äußerte Bedenken|äußerten Bedenken"
            + "|äußern Bedenken|zeigte sich besorgt|zeigten sich besorgt|äußerte sich besorgt|äusserte sich besorgt";

    /** German "wirft … vor": the particle comes after the object. */
    static final String DE_ACCUSE_FINITE = "wirft|warf|werfen|warfen";

    /** English speech verbs. "told" additionally needs a recipient from {@link #EN_RECIPIENTS}. */
    static final String EN_SPEECH = "said|says|told|tells|added|stressed|warned|claimed|insisted|confirmed"
            + "|announced|noted|argued|explained|emphasized|emphasised|acknowledged|alleged|asserted|wrote"
            + "|tweeted|stated|maintained|declared|reported|denied|denies|claims|estimates|estimated|suspect|suspects"
            + "|warns";

    /** English accusations and concerns. */
    static final String EN_ACCUSATION = "accused|accuses|accuse";
    static final String EN_CONCERN_VERBS = "expressed|raised|voiced";
    static final String EN_CONCERN = "(?:" + EN_CONCERN_VERBS + ")\\s+(?:concerns?|fears?|alarm)";

    /** Whom one "told" something in a news sense (not "told the story"). */
    static final String EN_RECIPIENTS = "reporters|journalists|the press|lawmakers|congress|parliament|the senate"
            + "|a news conference|a press conference|a briefing|the bbc|reuters|cnn|afp|the associated press"
            + "|the ap|bloomberg|the guardian|the new york times|the washington post|nbc|cbs|abc|fox news"
            + "|a news briefing|an interview|the council|the un|the un security council"
            + "|the (?-i:(?:\\p{Lu}[\\p{L}-]+\\s+)*\\p{Lu}[\\p{L}-]+)"; // a named body or outlet: "the Security Council"

    /** "said goodbye" and friends: said + object is not reported speech. */
    static final Set<String> EN_SAID_OBJECTS = Set.of("goodbye", "farewell", "hello", "nothing", "little",
            "grace", "yes", "no", "thanks", "sorry", "prayers", "a", "so", "something");

    /** "according to plan": sources that are not speakers. */
    static final Set<String> EN_NON_SOURCES = Set.of("plan", "schedule", "tradition", "legend", "custom",
            "the plan", "the schedule", "the rules", "the law", "the book", "protocol", "script");

    /** "laut Plan", "laut Gesetz": sources that are documents or schedules, not speakers. Case-sensitive. */
    static final Set<String> DE_NON_SOURCES = Set.of("Plan", "Fahrplan", "Zeitplan", "Gesetz", "Verfassung",
            "Vertrag", "Satzung", "Programm", "Speisekarte", "Anleitung");

    /** Words that keep a statement at arm's length. */
    static final Pattern HEDGES = Pattern.compile("(?iu)(?<!\\p{L})(?:soll|sollen|solle|offenbar|angeblich"
            + "|mutmaßlich|mutmasslich|möglicherweise|vermutlich|allegedly|reportedly|apparently|purportedly"
            + "|supposedly|believed to|dürften)(?!\\p{L})");

    /**
     * Role nouns that may stand in front of a name ("Innenminister Erik Sandberg", "Senator Robert
     * Hill", "der CDU-Abgeordnete Peter Lang"); matched as word endings, so German compounds
     * ("Verteidigungsexpertin", "Nato-Generalsekretär") are covered. Case-insensitive.
     */
    private static final List<String> ROLE_ENDINGS = List.of(
            "minister", "ministerin", "sekretär", "sekretärin", "experte", "expertin", "abgeordnete",
            "abgeordneter", "politiker", "politikerin", "sprecher", "sprecherin", "präsident", "präsidentin",
            "kanzler", "kanzlerin", "chef", "chefin", "direktor", "direktorin", "meister", "meisterin",
            "befehlshaber", "befehlshaberin", "vorsitzende", "vorsitzender", "ökonom", "ökonomin", "analyst",
            "analystin", "botschafter", "botschafterin", "general", "leiter", "leiterin", "kommandeur",
            "gouverneur", "senator", "senatorin", "governor", "president", "spokesman", "spokeswoman",
            "spokesperson", "ambassador", "secretary", "researcher", "leader", "chief", "commander", "mayor",
            "premier", "forscher", "forscherin", "professor", "professorin", "anwalt", "anwältin",
            "beauftragte", "beauftragter", "diplomat", "diplomatin");

    /** Whether {@code word} ends in one of the role nouns (a suffix test: cheaper than a regex per word). */
    static boolean isRoleNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : ROLE_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Headline sources that may stand before a colon ("USA: Russland setzt …"). Case-sensitive. */
    static final Set<String> HEADLINE_SOURCES = Set.of("USA", "US", "U.S.", "Kreml", "Kremlin", "Pentagon",
            "Nato", "NATO", "UN", "UNO", "EU", "Moskau", "Moscow", "Kiew", "Kyiv", "Washington", "Peking",
            "Beijing", "Berlin", "London", "Paris", "Pjöngjang", "Pyongyang", "Russland", "Russia", "Ukraine",
            "Selenskyj", "Zelensky", "Putin", "Biden", "Trump", "Scholz", "Macron", "Bundesregierung",
            "Regierung", "Polizei", "Police", "Weißes Haus", "Weisses Haus", "White House", "Studie", "Bericht",
            "Report", "Minister", "Ministerium", "Experten", "Experts", "Geheimdienst", "Militär", "Armee",
            "Iran", "China", "Israel", "Seoul", "Tokio", "Tokyo", "Südkorea", "Nordkorea");

    /** Prepositions that open an adverbial between the cue and the speaker ("sagte am Dienstag …"). */
    static final Set<String> PREPOSITIONS = Set.of("am", "im", "bei", "beim", "auf", "in", "an", "gegenüber",
            "vor", "während", "zum", "zur", "mit", "nach", "unter", "vom", "von", "seit", "aus", "über",
            "angesichts", "wegen", "trotz", "infolge", "aufgrund", "hinsichtlich", "bezüglich", "gemäß", "durch",
            "ohne", "gegen", "um", "neben", "zwischen", "innerhalb", "außerhalb", "ausserhalb", "anlässlich",
            "vorbehaltlich", "entgegen", "zufolge", "despite", "amid", "following", "under", "over",
            "about", "regarding", "against", "without", "within", "into", "by",
            "on", "at", "during", "before", "after", "to", "from", "with", "via", "per", "for");

    /** Adverbs that may stand next to the cue without being part of the speaker. */
    static final Set<String> ADVERBS = Set.of("weiter", "zudem", "außerdem", "ausserdem", "auch", "dazu", "heute",
            "gestern", "bereits", "erneut", "ferner", "später", "zuvor", "dann", "nun", "jetzt", "abschließend",
            "demnach", "damals", "zuletzt", "jedoch", "aber", "allerdings", "wiederum", "ebenfalls", "noch",
            "immer", "wieder", "mehrfach", "nochmals", "ausdrücklich", "deutlich", "schließlich", "offenbar",
            "angeblich", "also", "later", "earlier", "then", "again", "further", "today", "yesterday", "tonight",
            "recently", "previously", "however", "repeatedly", "publicly", "separately", "ago");

    /** Nouns of time that end an adverbial ("am Dienstag"), so a name after them is not swallowed. */
    static final Set<String> TIME_NOUNS = Set.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag",
            "samstag", "sonntag", "morgen", "abend", "mittag", "nachmittag", "vormittag", "wochenende",
            "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "dezember", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "ortszeit");

    static final Set<String> ARTICLES = Set.of("der", "die", "das", "dem", "den", "des", "ein", "eine", "einer",
            "einem", "eines", "the", "a", "an");

    /** Words that join a role phrase ("Sprecher des Weißen Hauses für nationale Sicherheit"). */
    static final Set<String> CONNECTORS = Set.of("des", "der", "dem", "den", "für", "von", "vom", "of", "the",
            "for", "und", "and", "im");

    static final Set<String> PRONOUNS = Set.of("er", "sie", "he", "she", "they");

    /** Auxiliaries between subject and participle ("Die USA haben Nordkorea vorgeworfen"). */
    static final Set<String> AUXILIARIES = Set.of("hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten",
            "has", "have", "had", "ist", "sind", "war", "waren", "wurde", "wurden");

    /** Conjunctions that may open a clause before its subject. */
    static final Set<String> CONJUNCTIONS = Set.of("und", "aber", "doch", "denn", "and", "but", "yet");

    /** Clause openers that are never subjects. */
    static final Set<String> SUBORDINATORS = Set.of("dass", "that", "wie", "als", "weil", "nachdem", "obwohl",
            "if", "when", "while", "as", "because", "although", "after", "before", "since", "seit", "wenn",
            "ob", "während", "bevor", "damit", "um");

    /** Titles dropped from speaker names ("Herr Kirby" → "Kirby"). Case-sensitive. */
    static final Set<String> TITLES = Set.of("Herr", "Frau", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.");

    private CueLexicon() {
    }

    static boolean in(Set<String> words, String token) {
        return words.contains(token.toLowerCase(Locale.ROOT));
    }
}
