package io.wirewatch.eval;

import java.util.List;

/**
 * One annotated sentence of a claim evaluation file.
 *
 * @param passage  id shared by the consecutive sentences that form one text
 * @param language "de" or "en"
 * @param claim    true when the sentence is an attributed statement
 * @param speakers acceptable speakers (empty when not a claim)
 * @param kind     direct or indirect speech; {@link ClaimKind#NONE} when not a claim
 * @param hedged   true when the sentence keeps its distance ("soll", "allegedly")
 * @param sentence the sentence text
 * @param line     line number in the file, for error messages
 */
public record ClaimAnnotation(String passage, String language, boolean claim, List<String> speakers,
                              ClaimKind kind, boolean hedged, String sentence, int line) {

    public ClaimAnnotation {
        speakers = List.copyOf(speakers);
    }
}
