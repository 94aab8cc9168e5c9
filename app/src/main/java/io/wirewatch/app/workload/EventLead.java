package io.wirewatch.app.workload;

import java.util.List;
import java.util.Random;

/**
 * The headline and first paragraph of a generated original: who (a made-up person and organisation), where
 * (a made-up place) and how many. Names are built from syllables, so two events share a name about as
 * rarely as two real ones do. The person and place also fill the report's people and place slots
 * ({@link NewsArticleGenerator#next(String, String)}); its general vocabulary is shared by all events.
 *
 * @param headline  "Velmarin-Werke: 1274 Stellen in Ostkanberg"
 * @param paragraph two sentences naming the person, organisation, place and figure
 */
record EventLead(String headline, String paragraph) {

    private static final List<String> SYLLABLES = List.of("ber", "kan", "dor", "mi", "sel", "var", "to", "lin", "gra", "hu",
            "fel", "zan", "ro", "tes", "mar", "quin", "ul", "wen", "sa", "bro", "ket", "nor", "vi", "pal", "del", "go", "rim",
            "stau", "eck", "lo");
    private static final List<String> FIRST_NAMES = List.of("Anke", "Bernd", "Carola", "Dieter", "Elif", "Frank", "Gesa",
            "Holger", "Ines", "Katrin", "Lars", "Meike", "Nils", "Petra", "Alice", "Brian", "Clare", "David", "Emma", "Fiona",
            "Gareth", "Hannah", "Julia", "Kevin", "Laura", "Martin", "Nina", "Owen", "Rachel", "Simon");

    /** Who and where: the names of one event. */
    record Cast(String person, String organisation, String place) {
    }

    static Cast cast(Random random) {
        return new Cast(any(FIRST_NAMES, random) + " " + name(random), name(random),
                name(random) + name(random).toLowerCase(java.util.Locale.ROOT));
    }

    static EventLead of(Cast cast, Random random, String language) {
        String who = cast.person();
        String organisation = cast.organisation();
        String place = cast.place();
        int count = 120 + random.nextInt(9_000);
        if ("de".equals(language)) {
            return new EventLead(organisation + "-Werke: " + count + " Stellen in " + place,
                    "Die " + organisation + "-Werke wollen in " + place + " " + count + " Stellen streichen, teilte " + who
                            + " mit. " + who + " nannte die Lage der " + organisation + "-Werke in " + place + " schwierig.");
        }
        return new EventLead(organisation + " Group: " + count + " jobs in " + place,
                organisation + " Group will cut " + count + " jobs at its " + place + " site, " + who + " said. " + who
                        + " called the situation of " + organisation + " Group in " + place + " difficult.");
    }

    /** A capitalised made-up name of two or three syllables. */
    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            name.append(any(SYLLABLES, random));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String any(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
