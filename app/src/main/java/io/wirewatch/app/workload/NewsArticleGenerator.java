package io.wirewatch.app.workload;

import static io.wirewatch.app.workload.Vocabulary.any;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic wire articles for the headline figure: general news prose in German and English in which
 * a watch-list word ({@link Vocabulary}) stands in about one slot in {@value #WATCH_TERM_ONE_IN}. A
 * desk's watch list fires on a small share of what the wire carries; articles written from the
 * rules' own words ({@link ArticleGenerator}) make every article hit hundreds of rules, which is the
 * worst case, not the normal one.
 *
 * <p>About 15 sentences and 1,500 characters per article, a third of them attributed (quotes, speech
 * verbs, source phrases), the rest background, as agency copy runs.
 */
public final class NewsArticleGenerator {

    /** One slot in this many carries a watch-list word; the rest are general news vocabulary. */
    static final int WATCH_TERM_ONE_IN = 25;

    private static final String[] GERMAN = {
        "„Wir werden %s weiter sorgfältig prüfen“, sagte %s am Donnerstag in %s.",
        "%s habe in den vergangenen Wochen mehrere Gespräche über %s geführt, sagte ein Sprecher.",
        "Laut %s sollen die Kosten für %s im kommenden Jahr deutlich steigen.",
        "Nach Angaben der Behörden in %s wurde %s am Abend vorübergehend gesperrt.",
        "Den Berichten zufolge will %s noch vor dem Sommer über %s entscheiden.",
        "Die Nachfrage nach %s sei zuletzt spürbar zurückgegangen, so %s.",
        "Der Stadtrat von %s beriet am Dienstag stundenlang über %s und %s.",
        "Das Treffen in %s war für Mittwoch geplant, wurde aber wegen %s verschoben.",
        "Seit Jahresbeginn hat %s mehr als 200 Anträge zu %s bearbeitet.",
        "Viele Menschen in %s warten seit Monaten auf eine Lösung für %s.",
        "Die Opposition kritisierte, %s habe die Pläne für %s zu spät vorgelegt.",
        "Am Wochenende werden in %s Temperaturen um 25 Grad und %s erwartet.",
        "Experten rechnen damit, dass %s die Preise für %s weiter belasten wird.",
        "Die Polizei in %s bittet Zeugen, sich zu melden, die %s beobachtet haben.",
    };
    private static final String[] ENGLISH = {
        "\"We will keep reviewing %s carefully,\" %s said on Thursday in %s.",
        "%s has held several rounds of talks on %s in recent weeks, officials said.",
        "According to %s, the cost of %s is expected to rise sharply next year.",
        "The council in %s debated %s and %s for hours on Tuesday.",
        "The meeting in %s was planned for Wednesday but was postponed because of %s.",
        "Demand for %s has fallen noticeably in recent months, %s said.",
        "Many residents of %s have waited months for a decision on %s.",
        "Critics said %s had presented the plans for %s far too late.",
        "Analysts expect %s to weigh on the price of %s for some time.",
        "Police in %s asked witnesses who saw %s to come forward.",
    };
    private static final List<String> GERMAN_WORDS = List.of("die Stadtverwaltung", "der Bürgermeister",
            "die Landesregierung", "die Deutsche Bahn", "der Verkehrsverbund", "die Krankenkasse", "der Mieterbund",
            "die Wohnungsbaugesellschaft", "die Gewerkschaft", "der Arbeitgeberverband", "die Feuerwehr",
            "das Klinikum", "die Hochschule", "der Sportverein", "die Bundesliga", "das Finanzamt", "die Sparkasse",
            "der Einzelhandel", "die Gastronomie", "das Handwerk", "die Landwirtschaft", "der Wetterdienst",
            "das Umweltamt", "die Verbraucherzentrale", "der Tarifvertrag", "die Grundsteuer", "der Nahverkehr",
            "die Baustelle", "der Radweg", "die Schulreform", "der Haushalt", "die Mieten", "die Heizkosten",
            "der Wohnungsmarkt", "die Kita-Plätze", "das Hochwasser", "die Ernte", "der Fachkräftemangel",
            "die Innenstadt", "der Flughafen", "die Autobahn", "der Stau", "das Freibad", "die Bibliothek",
            "die Pflegeversicherung", "der Mindestlohn", "die Rente", "die Inflation", "der Zinssatz");
    private static final List<String> GERMAN_PLACES = List.of("Hamburg", "Bremen", "Hannover", "Leipzig",
            "Dresden", "Stuttgart", "Freiburg", "Mainz", "Kassel", "Rostock", "Augsburg", "Münster", "Bielefeld",
            "Erfurt", "Potsdam", "Wiesbaden", "Saarbrücken", "Lübeck", "Graz", "Linz", "Basel", "Zürich");
    private static final List<String> GERMAN_PEOPLE = List.of("Bürgermeisterin Anna Voss", "Stadtrat Jens Albers",
            "Ministerin Claudia Roth-Berger", "Sprecherin Miriam Hoffmann", "Verbandschef Tobias Lenz",
            "Professorin Sabine Kraus", "Polizeisprecher Markus Eder", "Landrat Uwe Brandt");
    private static final List<String> ENGLISH_WORDS = List.of("the city council", "the mayor", "the state government",
            "the rail operator", "the transit authority", "the health insurer", "the tenants' association",
            "the union", "the employers' group", "the fire service", "the hospital", "the university",
            "the football club", "the tax office", "the local bank", "retailers", "restaurants", "farmers",
            "the weather service", "the consumer group", "the wage deal", "property taxes", "public transport",
            "the roadworks", "the bike lane", "school reform", "the budget", "rents", "heating bills",
            "the housing market", "childcare places", "the flooding", "the harvest", "staff shortages",
            "the city centre", "the airport", "the motorway", "traffic jams", "the pool", "the library",
            "pensions", "the minimum wage", "inflation", "interest rates");
    private static final List<String> ENGLISH_PLACES = List.of("Leeds", "Bristol", "Glasgow", "Cardiff",
            "Dublin", "Boston", "Denver", "Portland", "Toronto", "Melbourne", "Auckland", "Cork", "Halifax");
    private static final List<String> ENGLISH_PEOPLE = List.of("Mayor Linda Carter", "Councillor James Reid",
            "Minister Helen Ward", "spokeswoman Karen Doyle", "union leader Tom Fisher", "Professor Ruth Allen",
            "police spokesman Mark Evans");

    private final Random random;

    public NewsArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A generated wire report: a dateline headline ("Hamburg: Die Mieten"), its sentences and its language. */
    public record Report(String headline, List<String> sentences, String language) {

        /** Headline, a blank line and the sentences as one paragraph, as {@link #generate(int)} gives them. */
        public String text() {
            return (headline + "\n\n" + String.join(" ", sentences)).strip();
        }
    }

    public List<ArticleGenerator.Article> generate(int count) {
        ArticleGenerator.Article[] articles = new ArticleGenerator.Article[count];
        for (int i = 0; i < count; i++) {
            Report report = next();
            articles[i] = new ArticleGenerator.Article(report.text(), report.language());
        }
        return List.of(articles);
    }

    /** The next report: German two times in three, English otherwise. */
    public Report next() {
        boolean german = random.nextInt(3) > 0;
        return german
                ? report(GERMAN, GERMAN_WORDS, GERMAN_PLACES, GERMAN_PEOPLE, Vocabulary.GERMAN_NOUNS, "de")
                : report(ENGLISH, ENGLISH_WORDS, ENGLISH_PLACES, ENGLISH_PEOPLE, Vocabulary.ENGLISH_NOUNS, "en");
    }

    /**
     * The next report about one event: its person and place fill the people and place slots, so they run
     * through the report as the names of a real one do; the general words stay those every report shares.
     */
    public Report next(String person, String place) {
        boolean german = random.nextInt(3) > 0;
        return german
                ? report(GERMAN_PLAIN, GERMAN_WORDS, List.of(place), List.of(person), Vocabulary.GERMAN_NOUNS, "de")
                : report(ENGLISH_PLAIN, ENGLISH_WORDS, List.of(place), List.of(person), Vocabulary.ENGLISH_NOUNS, "en");
    }

    /** The templates without a fixed figure or quote: those would be the same facts in every event's report. */
    private static String[] plain(String[] templates) {
        return java.util.Arrays.stream(templates).filter(t -> !t.matches(".*[0-9„\"].*")).toArray(String[]::new);
    }

    private static final String[] GERMAN_PLAIN = plain(GERMAN);
    private static final String[] ENGLISH_PLAIN = plain(ENGLISH);

    private Report report(String[] templates, List<String> words, List<String> places,
            List<String> people, List<String> watchNouns, String language) {
        String headline = slot(places, watchNouns) + ": " + capitalise(slot(words, watchNouns));
        int count = 12 + random.nextInt(6);
        List<String> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sentences.add(capitalise(ArticleGenerator.sentence(templates, random, () -> switch (random.nextInt(3)) {
                case 0 -> slot(words, watchNouns);
                case 1 -> slot(places, Vocabulary.PLACES);
                default -> slot(people, Vocabulary.PEOPLE);
            })));
        }
        return new Report(headline, List.copyOf(sentences), language);
    }

    /** A general word, or a watch-list word one time in {@value #WATCH_TERM_ONE_IN}. */
    private String slot(List<String> general, List<String> watch) {
        return random.nextInt(WATCH_TERM_ONE_IN) == 0 ? any(watch, random) : any(general, random);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
