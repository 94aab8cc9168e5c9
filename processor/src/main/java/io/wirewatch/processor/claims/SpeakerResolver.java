package io.wirewatch.processor.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    private static final Pattern ARTICLE_AND_WORD = Pattern.compile(
            "(?i)(?:der|die|das|dem|den|des|the)\\s+(\\S+)");

    private final Map<String, String> fullNameBySurname = new HashMap<>();
    /** Role noun (see {@link #roleKey}) → the person the text equated with it. */
    private final Map<String, String> personByRole = new HashMap<>();
    private String lastSpeaker;

    SpeakerResolver(String text) {
        List<String> words = wordsAndPunctuation(text);
        // Each word is asked up to three times whether it can be part of a name: answer once.
        boolean[] nameWord = new boolean[words.size()];
        for (int i = 0; i < nameWord.length; i++) {
            nameWord[i] = isNameWord(words.get(i));
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i);
            if (FIRST_NAMES.contains(word) && nameWord[i + 1]) {
                remember(nameAt(words, i));
            } else if (i + 2 < words.size() && nameWord[i + 1] && nameWord[i + 2]
                    && isRole(word) && !isRole(words.get(i + 1))) { // the role suffix test last: it is the dear one
                String name = words.get(i + 1) + " " + words.get(i + 2); // "Innenminister Erik Sandberg"
                remember(name);
                personByRole.put(roleKey(word), name);
            } else if (word.equals(",") && i >= 2 && nameWord[i - 2] && nameWord[i - 1]) {
                rememberApposition(words, i); // "John Kirby, Kommunikationsdirektor des …"
            }
        }
    }

    /**
     * The words and the punctuation marks {@code , . ; : ! ?} of {@code text}, in order: a word is a
     * letter followed by letters, numbers, apostrophes and hyphens ({@code [\p{L}][\p{L}\p{N}'’-]*}),
     * scanned by hand because a regex over every article was a good part of the resolver's cost.
     */
    static List<String> wordsAndPunctuation(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                int end = i + Character.charCount(codePoint);
                while (end < text.length() && continuesWord(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                words.add(text.substring(i, end));
                i = end;
                continue;
            }
            if (",.;:!?".indexOf(codePoint) >= 0) {
                words.add(String.valueOf((char) codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return words;
    }

    private static boolean continuesWord(int codePoint) {
        if (Character.isLetter(codePoint) || codePoint == '\'' || codePoint == '’' || codePoint == '-') {
            return true;
        }
        int type = Character.getType(codePoint); // \p{N}
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The first name at {@code i} and one or two capitalised words after it. */
    private static String nameAt(List<String> words, int i) {
        StringBuilder name = new StringBuilder(words.get(i)).append(' ').append(words.get(i + 1));
        if (i + 2 < words.size() && isNameWord(words.get(i + 2)) && !isRole(words.get(i + 2))
                && (i + 3 >= words.size() || !isNameWord(words.get(i + 3)))) {
            name.append(' ').append(words.get(i + 2)); // "Kim Jong Un", but not "Mark Brenner Hilfe Moskau"
        }
        return name.toString();
    }

    /** "Sarah Collins, the US ambassador to the UN": a role noun within a few words after the comma. */
    private void rememberApposition(List<String> words, int comma) {
        String name = words.get(comma - 2) + " " + words.get(comma - 1);
        for (int j = comma + 1; j < Math.min(words.size(), comma + 5); j++) {
            String w = words.get(j);
            if (isRole(w)) {
                remember(name);
                personByRole.put(roleKey(w), name);
                return;
            }
            if (w.length() == 1 && !Character.isLetter(w.charAt(0))) {
                return;
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
        speaker = dropLeadingRole(speaker);
        String equated = personForRole(speaker);
        if (equated != null) {
            speaker = equated;
        }
        speaker = knownSurnameFirst(speaker);
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

    /** "Innenminister Erik Sandberg" → "Erik Sandberg" (and the text now equates the two). */
    private String dropLeadingRole(String speaker) {
        String[] parts = speaker.split("\\s+");
        for (int j = Math.max(1, parts.length - 3); j + 2 <= parts.length; j++) {
            String role = parts[j - 1];
            if ((isRole(role) || Character.isLowerCase(role.charAt(0)) && !CueLexicon.in(CueLexicon.ARTICLES, role))
                    && allNameWords(parts, j)) {
                String name = String.join(" ", java.util.Arrays.copyOfRange(parts, j, parts.length));
                if (isRole(role)) {
                    personByRole.put(roleKey(role), name);
                }
                remember(name);
                return name;
            }
        }
        return speaker;
    }

    /** "der Kommunikationsdirektor", "the ambassador": the person the text equated with that role. */
    private String personForRole(String speaker) {
        String[] parts = speaker.split("\\s+");
        if (parts.length < 2 || !parts[0].toLowerCase(Locale.ROOT).matches("der|die|das|the")) {
            return null; // "ein Sprecher" is somebody else
        }
        return personByRole.get(roleKey(parts[1]));
    }

    /** "Brenner Hilfe" after the text introduced Mark Brenner: a surname never starts a longer name. */
    private String knownSurnameFirst(String speaker) {
        String[] parts = speaker.split("\\s+");
        if (parts.length > 1 && !fullNameBySurname.containsValue(speaker) && fullNameBySurname.containsKey(parts[0])) {
            return fullNameBySurname.get(parts[0]);
        }
        return speaker;
    }

    private static boolean allNameWords(String[] parts, int from) {
        for (int i = from; i < parts.length; i++) {
            if (!isNameWord(parts[i]) || isRole(parts[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameWord(String word) {
        if (word.length() <= 1 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT); // once, not once per word list
        return !CueLexicon.ARTICLES.contains(lower) && !CueLexicon.PREPOSITIONS.contains(lower)
                && !CueLexicon.TIME_NOUNS.contains(lower) && !CueLexicon.PRONOUNS.contains(lower)
                && !CueLexicon.SUBORDINATORS.contains(lower) && !CueLexicon.ADVERBS.contains(lower);
    }

    private static boolean isRole(String word) {
        return CueLexicon.isRoleNoun(word);
    }

    /** Case and the German adjective endings off: "Vorsitzender" and "Vorsitzende" are one role. */
    private static String roleKey(String role) {
        String key = role.toLowerCase(Locale.ROOT);
        return key.matches(".*(?:nde|te)[rn]") ? key.substring(0, key.length() - 1) : key;
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
