package io.wirewatch.app.workload;

import java.util.List;
import java.util.Random;

/**
 * Words for generated rules and articles: the German and English nouns, names and verbs of the
 * conflict and policy news that desks watch, plus generated proper names so that a large watch
 * list has the long tail of rare terms real lists have (places, companies, people).
 */
public final class Vocabulary {

    public static final List<String> GERMAN_NOUNS = List.of("Rakete", "Raketen", "Munition", "Artilleriemunition",
            "Drohne", "Kampfdrohnen", "Panzer", "Kampfpanzer", "Granaten", "Soldaten", "Truppen", "Sanktionen",
            "Lieferung", "Lieferungen", "Waffenstillstand", "Verhandlungen", "Angriff", "Angriffe", "Luftabwehr",
            "Grenze", "Front", "Hafen", "Satelliten", "Atomwaffen", "Geheimdienst", "Regierung", "Ministerium",
            "Botschaft", "Flüchtlinge", "Hilfe", "Strom", "Energie", "Gas", "Öl", "Getreide", "Wahl", "Gipfel",
            "Abkommen", "Eskalation", "Spionage", "Cyberangriff", "Stromnetz", "Umspannwerk", "Marschflugkörper",
            "Streumunition", "Straße", "Großangriff", "Außenminister", "Verteidigungsminister", "Bundeswehr");
    public static final List<String> ENGLISH_NOUNS = List.of("missile", "missiles", "ammunition", "shells", "drone",
            "drones", "tank", "troops", "soldiers", "sanctions", "shipment", "shipments", "ceasefire", "talks",
            "attack", "strikes", "air defence", "border", "port", "satellite", "nuclear", "intelligence",
            "government", "ministry", "embassy", "refugees", "aid", "power", "energy", "gas", "oil", "grain",
            "election", "summit", "agreement", "escalation", "espionage", "cyberattack", "grid", "warship");
    public static final List<String> PLACES = List.of("Nordkorea", "Nordkoreas", "Russland", "Russlands", "Ukraine",
            "Kiew", "Moskau", "Pjöngjang", "Seoul", "Washington", "Peking", "Charkiw", "Kursk", "Odessa", "Iran",
            "North Korea", "Russia", "Kyiv", "Moscow", "Pyongyang", "Beijing", "Kharkiv", "Tehran", "Belarus");
    public static final List<String> PEOPLE = List.of("Kirby", "Brenner", "Selenskyj", "Putin", "Kim", "Keller",
            "Petersen", "Mitchell", "Harper", "Zelensky", "Syrskyj", "Sandberg");

    private static final String[] SYLLABLES = {"ka", "lo", "vin", "mer", "sto", "ra", "dor", "bel", "gru",
            "then", "wal", "ni", "ko", "sel", "tar", "mun", "ost", "berg", "feld", "ow"};

    private Vocabulary() {
    }

    /** A pronounceable proper name that no article contains ("Kalovin", "Stobergow"). */
    public static String rareName(Random random) {
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public static String any(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
