package io.wirewatch.processor.copies;

/**
 * Which of two copies is the original of their copy group, when the one that arrived later may be: the
 * rule by which a verdict is revised (see {@link CopyDetectionProcessor}). One general rule, no site's:
 * <ol>
 *   <li>publication time first: when both articles state one and they differ, the earlier-published is the
 *       original (a backfill, or a portal's copy fetched before the agency text it copies);</li>
 *   <li>otherwise containment: the later is the original when the earlier is a cut copy of it, contained in it
 *       (its own navigation, credit and share lines left out) while the later brings at least a quarter more
 *       ({@link CopyVerifier#cutCopyOf}). Two copies of about the same length keep the first arrived.</li>
 * </ol>
 * A later article that is itself published later, or is no fuller, never displaces the original: a verdict is
 * revised only on evidence, never by arrival order alone.
 */
final class OriginalPrecedence {

    private final CopyVerifier verifier;

    OriginalPrecedence(CopyVerifier verifier) {
        this.verifier = verifier;
    }

    /**
     * Whether the later article is the original rather than the group's current one.
     *
     * @param laterPublishedAtMs the later article's publication time, or null when unknown
     * @param laterShingles      its content shingles
     * @param original           the current original of the copy group the later article copies
     * @param originalShingles   the original's content shingles (its boilerplate left out as for the later's)
     */
    boolean laterIsOriginal(Long laterPublishedAtMs, long[] laterShingles, ArticleState original, long[] originalShingles) {
        Long originalPublishedAtMs = original.publishedAtMs();
        if (laterPublishedAtMs != null && originalPublishedAtMs != null && !laterPublishedAtMs.equals(originalPublishedAtMs)) {
            return laterPublishedAtMs < originalPublishedAtMs;
        }
        return verifier.cutCopyOf(originalShingles, original.shortLines(), laterShingles);
    }

    /**
     * Whether a copy group whose original was published at {@code otherPublishedAtMs} is part of the group whose
     * original was published at {@code originalPublishedAtMs}, once an article turned out to copy both: only when
     * publication times say so. Containment alone does not join two groups, since a round-up that quotes two
     * agency texts contains both.
     */
    static boolean publishedBefore(Long originalPublishedAtMs, Long otherPublishedAtMs) {
        return originalPublishedAtMs != null && otherPublishedAtMs != null && originalPublishedAtMs < otherPublishedAtMs;
    }
}
