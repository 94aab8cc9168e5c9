package io.wirewatch.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import io.wirewatch.processor.claims.ExtractedClaim;

/**
 * Scores a claim extractor against annotated sentences.
 *
 * <p>The sentences of a passage are joined with spaces and extracted as one text, as the topology
 * extracts a whole article, so references back ("so Brenner", "sagte er") are part of the test. An
 * annotated sentence counts as predicted when an extracted claim overlaps it.
 */
public final class ClaimScorer {

    /** Articles and determiners that do not make a speaker different ("der Sprecher" = "Sprecher"). */
    private static final String LEADING_ARTICLE = "^(der|die|das|den|dem|des|ein|eine|einer|einem|eines|the|a|an)\\s+";

    private final BiFunction<String, String, List<ExtractedClaim>> extractor;

    /** @param extractor (text, language) to claims, e.g. {@code ClaimExtractor::extract} */
    public ClaimScorer(BiFunction<String, String, List<ExtractedClaim>> extractor) {
        this.extractor = extractor;
    }

    public ClaimScores score(List<ClaimAnnotation> annotations) {
        Tally tally = new Tally();
        for (List<ClaimAnnotation> passage : passages(annotations)) {
            scorePassage(passage, tally);
        }
        return new ClaimScores(annotations.size(), tally.overall, tally.direct, tally.indirect,
                tally.speakersRight, tally.hedgesRight, tally.errors);
    }

    private void scorePassage(List<ClaimAnnotation> passage, Tally tally) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[passage.size()];
        for (int i = 0; i < passage.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(passage.get(i).sentence());
        }
        List<ExtractedClaim> claims = extractor.apply(text.toString(), passage.get(0).language());
        for (int i = 0; i < passage.size(); i++) {
            ClaimAnnotation expected = passage.get(i);
            int start = starts[i];
            ExtractedClaim found = overlapping(claims, start, start + expected.sentence().length());
            tally.add(expected, found);
        }
    }

    private static ExtractedClaim overlapping(List<ExtractedClaim> claims, int start, int end) {
        ExtractedClaim best = null;
        int bestOverlap = 0;
        for (ExtractedClaim claim : claims) {
            int overlap = Math.min(end, claim.end()) - Math.max(start, claim.start());
            if (overlap > bestOverlap) {
                best = claim;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static List<List<ClaimAnnotation>> passages(List<ClaimAnnotation> annotations) {
        Map<String, List<ClaimAnnotation>> byPassage = new LinkedHashMap<>();
        for (ClaimAnnotation a : annotations) {
            byPassage.computeIfAbsent(a.passage(), k -> new ArrayList<>()).add(a);
        }
        return new ArrayList<>(byPassage.values());
    }

    static boolean sameSpeaker(String found, List<String> expected) {
        String key = speakerKey(found);
        return expected.stream().map(ClaimScorer::speakerKey).anyMatch(key::equals);
    }

    private static String speakerKey(String speaker) {
        if (speaker == null) {
            return "";
        }
        return speaker.toLowerCase(Locale.ROOT).replace('ß', 's').replaceAll("\\s+", " ").strip()
                .replaceFirst(LEADING_ARTICLE, "");
    }

    /** Mutable counters of one run. */
    private static final class Tally {
        ClaimCounts overall = ClaimCounts.ZERO;
        ClaimCounts direct = ClaimCounts.ZERO;
        ClaimCounts indirect = ClaimCounts.ZERO;
        int speakersRight;
        int hedgesRight;
        final List<String> errors = new ArrayList<>();

        void add(ClaimAnnotation expected, ExtractedClaim found) {
            boolean predicted = found != null;
            ClaimKind predictedKind = predicted ? ClaimKind.of(found.direct()) : ClaimKind.NONE;
            overall = overall.add(predicted, expected.claim());
            direct = direct.add(predictedKind == ClaimKind.DIRECT, expected.kind() == ClaimKind.DIRECT);
            indirect = indirect.add(predictedKind == ClaimKind.INDIRECT, expected.kind() == ClaimKind.INDIRECT);
            String where = expected.passage() + " line " + expected.line() + ": " + expected.sentence();
            if (predicted && !expected.claim()) {
                errors.add("false positive (cue '" + found.cue() + "', speaker '" + found.speaker() + "') " + where);
            } else if (!predicted && expected.claim()) {
                errors.add("missed " + expected.kind().name().toLowerCase(Locale.ROOT) + " " + where);
            } else if (predicted) {
                checkDetails(expected, found, predictedKind, where);
            }
        }

        private void checkDetails(ClaimAnnotation expected, ExtractedClaim found, ClaimKind predictedKind, String where) {
            if (predictedKind != expected.kind()) {
                errors.add("kind " + predictedKind.name().toLowerCase(Locale.ROOT) + " (expected "
                        + expected.kind().name().toLowerCase(Locale.ROOT) + ") " + where);
            }
            if (sameSpeaker(found.speaker(), expected.speakers())) {
                speakersRight++;
            } else {
                errors.add("speaker '" + found.speaker() + "' (expected " + String.join(" or ", expected.speakers()) + ") " + where);
            }
            if (found.hedged() == expected.hedged()) {
                hedgesRight++;
            } else {
                errors.add("hedged " + found.hedged() + " (expected " + expected.hedged() + ") " + where);
            }
        }
    }
}
