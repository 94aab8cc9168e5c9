package io.wirewatch.app.workload;

import static io.wirewatch.app.workload.Vocabulary.any;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Claim-bearing wire articles in German and English: a headline, a dateline lead, quotes with
 * speech verbs, indirect speech, source phrases and plain background sentences, about 15 sentences
 * and 1,500 characters each, as agency copy about the war in Ukraine runs.
 */
public final class ArticleGenerator {

    /** A generated article and its language. */
    public record Article(String text, String language) {
    }

    private static final String[] GERMAN = {
        "„Die Lieferung von %s ist eine ernste Eskalation“, sagte %s am Donnerstag.",
        "%s habe in den vergangenen Wochen %s an %s geliefert, sagte ein Sprecher des Ministeriums.",
        "Laut %s wurden in der Nacht mehr als 40 %s abgeschossen.",
        "Nach Angaben der Regierung in %s trafen zwei %s ein Umspannwerk.",
        "Dem Geheimdienst zufolge sind tausende Soldaten aus %s in %s stationiert.",
        "Die Produktion von %s sei stark gestiegen, so %s.",
        "%s warf %s vor, internationale Abkommen über %s zu brechen.",
        "Das Treffen in %s war für Dienstag geplant, wurde aber wegen %s verschoben.",
        "Seit Beginn des Krieges hat %s mehrfach %s aus %s erhalten.",
        "„Wir werden die Unterstützung für %s fortsetzen“, betonte %s in %s.",
    };
    private static final String[] ENGLISH = {
        "\"The delivery of %s is a serious escalation,\" %s said on Thursday.",
        "%s has shipped %s to %s in recent weeks, officials said.",
        "According to %s, more than 40 %s were shot down overnight.",
        "%s accused %s of breaking agreements on %s.",
        "The meeting in %s was planned for Tuesday but was postponed because of %s.",
        "Since the start of the war %s has received %s from %s several times.",
        "\"We will keep supporting %s,\" %s told reporters in %s.",
        "Production of %s has risen sharply, %s said.",
    };

    private final Random random;

    public ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    public List<Article> generate(int count) {
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean german = random.nextInt(3) > 0;
            articles.add(german ? article(GERMAN, Vocabulary.GERMAN_NOUNS, "de") : article(ENGLISH, Vocabulary.ENGLISH_NOUNS, "en"));
        }
        return articles;
    }

    /** A random template with its three slots filled. */
    static String sentence(String[] templates, Random random, Supplier<String> slot) {
        String template = templates[random.nextInt(templates.length)];
        return String.format(template, slot.get(), slot.get(), slot.get());
    }

    private Article article(String[] templates, List<String> nouns, String language) {
        StringBuilder text = new StringBuilder();
        text.append(any(Vocabulary.PLACES, random)).append(": ").append(any(nouns, random)).append(" für ")
                .append(any(Vocabulary.PLACES, random)).append("\n\n");
        int sentences = 12 + random.nextInt(6);
        for (int i = 0; i < sentences; i++) {
            text.append(sentence(templates, random, () -> switch (random.nextInt(3)) {
                case 0 -> any(nouns, random);
                case 1 -> any(Vocabulary.PLACES, random);
                default -> any(Vocabulary.PEOPLE, random);
            })).append(' ');
        }
        return new Article(text.toString().strip(), language);
    }
}
