package io.wirewatch.processor.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The resolver's hand-written word scan cuts text exactly as the regex it replaced. */
class SpeakerResolverWordsTest {

    private static final Pattern WORD_OR_PUNCTUATION = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*|,|[.;:!?]");

    private static final String[] PIECES = {"John", "Kirby", "Innenministerin", "Weißen", "Nordkoreas", "US-Beamte",
        "Korea's", "Kim’s", "O'Neill", "3D-Drucker", "F-16", "2024", "x²", "Ⅻ", "١٢٣", "Łódź", "İstanbul", "𝐀𝐁",
        "😀", "ß", "„", "“", "«", "»", "\"", "'", "’", "-", "–", ",", ".", ";", ":", "!", "?", "…", "(", ")", "⟪Q⟫",
        " ", " ", " ", "\n", "\t", "\u00A0"};

    @Test
    void scansLikeTheRegex() {
        Random random = new Random(17);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(30); p >= 0; p--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertThat(SpeakerResolver.wordsAndPunctuation(text.toString())).as(text.toString())
                    .isEqualTo(regexWords(text.toString()));
        }
        assertThat(SpeakerResolver.wordsAndPunctuation("„Wir liefern“, sagte John Kirby, Sprecher des Weißen Hauses."))
                .containsExactly("Wir", "liefern", ",", "sagte", "John", "Kirby", ",", "Sprecher", "des", "Weißen", "Hauses", ".");
    }

    private static List<String> regexWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD_OR_PUNCTUATION.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
