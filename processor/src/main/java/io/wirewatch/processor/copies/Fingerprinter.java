package io.wirewatch.processor.copies;

import java.util.ArrayList;
import java.util.List;

import io.wirewatch.events.Article;
import io.wirewatch.processor.story.EventKeys;
import io.wirewatch.processor.story.EventWords;
import io.wirewatch.processor.story.StoryEvidence;

/**
 * Computes {@link ArticleFingerprint}s: normalised lines, shingles, MinHash candidate keys and story
 * evidence, about two thirds of the work copy detection does per article. Pure and thread-safe.
 */
public final class Fingerprinter {

    private final Shingles shingles;
    private final CandidateKeys candidateKeys;
    private final StoryEvidence storyEvidence;
    private final EventWords eventWords = new EventWords();

    public Fingerprinter(CopySettings settings) {
        this.shingles = new Shingles(settings.shingleSize());
        this.candidateKeys = new CandidateKeys(settings.minHashes(), settings.bands());
        this.storyEvidence = new StoryEvidence(StoryEvidence.DEFAULT_QUOTE_WORDS);
    }

    public ArticleFingerprint fingerprint(Article article) {
        List<String> lines = TextNormaliser.lines(article.text());
        long[] lineHashes = new long[lines.size()];
        long[][] lineShingles = new long[lines.size()][];
        for (int i = 0; i < lineHashes.length; i++) {
            lineHashes[i] = Hashing.hash64(lines.get(i));
            lineShingles[i] = shingles.ofLine(lines.get(i));
        }
        long[] all = Shingles.union(lineShingles);
        List<String> evidence = new ArrayList<>(storyEvidence.keys(article.title(), article.text()));
        List<String> titleAndLines = new ArrayList<>(lines.size() + 1);
        titleAndLines.add(TextNormaliser.normalise(article.title()));
        titleAndLines.addAll(lines);
        evidence.addAll(eventWords.keys(titleAndLines));
        return new ArticleFingerprint(lineHashes, lineShingles, all, candidateKeys.keys(all), EventKeys.retrievalKeys(evidence),
                EventKeys.of(evidence));
    }

    long[] candidateKeys(long[] shingles) {
        return candidateKeys.keys(shingles);
    }
}
