package io.wirewatch.processor.claims;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw speaker phrases into the names a reader would use, within one text.
 *
 * <p>News introduces a person once in full ("John Kirby, Sprecher des …") and later by surname
 * ("so Kirby", "sagte Herr Kirby", "Kirby zufolge"). The resolver keeps a per-text map from
 * surname to full name, filled from two sources: full names of known first names anywhere in the
 * text (so a surname in the headline resolves too), and every multi-word name that stood in a
 * speaker slot. Pronouns ("betonte er") resolve to the previous speaker.
 *
 * <p>Not thread-safe; create one per text.
 */
final class SpeakerResolver {

    /** First names common in international news. Only used to find full names; extend freely. */
    private static final Set<String> FIRST_NAMES = Set.of("John", "Joe", "Joseph", "Jake", "Antony", "Anthony",
            "Lloyd", "Karine", "Kamala", "Donald", "Mike", "Michael", "Jens", "Mark", "Olaf", "Annalena", "Robert",
            "Christian", "Boris", "Friedrich", "Frank-Walter", "Karl", "Nancy", "Ursula", "Josep", "Emmanuel",
            "Wladimir", "Vladimir", "Dmitri", "Dmitry", "Sergej", "Sergei", "Sergey", "Maria", "Wolodymyr",
            "Volodymyr", "Dmytro", "Kim", "Xi", "Ankit", "Rishi", "Keir", "Giorgia", "Benjamin", "Ali", "Ebrahim",
            "Recep", "António", "Antonio", "Matthew", "Linda", "Jim", "James", "David", "Peter", "Thomas",
            "Andreas", "Markus", "Stefan", "Steffen", "Martin", "Claudia", "Angela", "Alexander", "Alexei",
            "Jewgeni", "Yevgeny", "Ramsan", "Pedro", "Viktor", "Nicolas", "Jean-Pierre", "Hakeem", "Chuck",
            "Mitch", "Marco", "Pete", "Tulsi", "Kaja", "Mette", "Ulf", "Alice", "Lars", "Sahra", "Nikolai",
            "Oleksandr", "Andrij", "Andriy", "Yoon", "Lee", "Fumio", "Shigeru", "Narendra", "Kevin", "Paul",
            "Elon", "Sam", "Greta", "Heiko", "Hubertus", "Cem", "Lisa", "Hendrik", "Gabriel");

    private static final Pattern FULL_NAME = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}-]+)((?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})");

    private static final Pattern ARTICLE_AND_WORD = Pattern.compile(
            "(?i)(?:der|die|das|dem|den|des|the)\\s+(\\S+)");

    private final Map<String, String> fullNameBySurname = new HashMap<>();
    private String lastSpeaker;

    SpeakerResolver(String text) {
        Matcher m = FULL_NAME.matcher(text);
        while (m.find()) {
            if (FIRST_NAMES.contains(m.group(1))) {
                remember(m.group(1) + m.group(2).replaceAll("\\s+", " "));
            }
        }
    }

    /** The reader-facing speaker for a raw phrase; null stays null. Also remembers it for pronouns. */
    String resolve(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String speaker = raw.strip().replaceAll("[,.;:]+$", "");
        if (CueLexicon.in(CueLexicon.PRONOUNS, speaker)) {
            return lastSpeaker;
        }
        speaker = dropTitle(speaker);
        Matcher articleAndWord = ARTICLE_AND_WORD.matcher(speaker);
        if (articleAndWord.matches() && isProperSource(articleAndWord.group(1))) {
            speaker = articleAndWord.group(1); // "den USA" → "USA", but "der Sprecher" stays
        } else if (CueLexicon.in(CueLexicon.ARTICLES, speaker.split("\\s+")[0])) {
            speaker = speaker.substring(0, 1).toLowerCase(Locale.ROOT) + speaker.substring(1);
        }
        if (speaker.equals("US")) {
            speaker = "USA";
        }
        String full = fullNameBySurname.get(speaker);
        if (full != null) {
            speaker = full;
        } else if (SpeakerPhrase.isName(Tokens.of(speaker)) && speaker.contains(" ")) {
            remember(speaker);
        }
        if (isPerson(speaker)) {
            lastSpeaker = speaker; // "er" and "sie" refer to people, not to "die USA"
        }
        return speaker;
    }

    /** Whether {@code word} is the surname of a person this text has named in full. */
    boolean isKnownSurname(String word) {
        return fullNameBySurname.containsKey(word);
    }

    private boolean isPerson(String speaker) {
        return fullNameBySurname.containsValue(speaker);
    }

    private static boolean isProperSource(String word) {
        return CueLexicon.HEADLINE_SOURCES.contains(word) || word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }

    private void remember(String fullName) {
        String[] parts = fullName.split("\\s+");
        fullNameBySurname.putIfAbsent(parts[parts.length - 1], fullName);
    }

    private static String dropTitle(String speaker) {
        String[] parts = speaker.split("\\s+", 2);
        return parts.length == 2 && CueLexicon.TITLES.contains(parts[0]) ? parts[1] : speaker;
    }
}
