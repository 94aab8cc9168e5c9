package io.wirewatch.processor.copies;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.Article;
import io.wirewatch.events.Story;
import io.wirewatch.events.Verdict;
import io.wirewatch.processor.state.ExpiryIndex;
import io.wirewatch.processor.story.AssignedArticle;
import io.wirewatch.processor.story.EventKeys;
import io.wirewatch.processor.story.Stories;
import io.wirewatch.processor.story.StoryMatcher;
import io.wirewatch.processor.story.StoryMatcherFactory;

/**
 * Assigns every article to a story: an exact or near copy of a live article joins that article's copy
 * group and story, anything else is an original and starts a story. Emits one {@link AssignedArticle}
 * per new article or new version, keyed by article id; a re-sent article (same id, same or older
 * version) emits nothing.
 *
 * <p>{@code duplicateOf} is the original of the copy group: the first article of the group <em>to arrive
 * here</em>, unless a later arrival proves to be the original ({@link OriginalPrecedence}: published earlier,
 * or the fuller text of which the first is a cut copy). Then the verdicts are revised: the later article is
 * published as the original, and every member of the group whose {@code duplicateOf} named the former
 * original is published again, under its own key, pointing to the new one, with {@code revision} counted up
 * (a revision record, {@link AssignedArticle#revision}). An article that copies members of two copy groups of
 * its story joins them the same way when publication times say whose original came first. A revision keeps the
 * story, so alerts, which are one per story, do not repeat, and each member's group key
 * ({@link ArticleState#rootId}), so line sightings do not see a new group.
 * The topology puts a {@link io.wirewatch.processor.order.ReorderBuffer} in front, so "arrive here" means
 * "earliest by (record time, id)" whenever the disorder of the input stays within its grace.
 *
 * <p>This processor must see every article, in order, in one task: the topology routes all articles
 * through a single partition. What can be computed from an article alone ({@link ArticleFingerprint})
 * arrives computed, so this task does little more than look up and update state. It keeps no state
 * outside its stores (the {@link CandidateIndex} is derived from them), so it is deterministic for a
 * given input order.
 */
public final class CopyDetectionProcessor implements Processor<String, FingerprintedArticle, String, AssignedArticle> {

    private static final Logger LOG = LoggerFactory.getLogger(CopyDetectionProcessor.class);

    /** Verifying is exact but costs a full set intersection; the best-sharing candidates suffice. */
    private static final int MAX_VERIFIED_CANDIDATES = 32;

    private final CopySettings settings;
    private final StoryMatcherFactory storyMatchers;
    private StoryMatcher storyMatcher;
    private final Fingerprinter fingerprinter;
    private final CopyVerifier verifier;
    private final OriginalPrecedence precedence;

    private ProcessorContext<String, AssignedArticle> context;
    private KeyValueStore<String, ArticleState> articles;
    /** In memory, rebuilt from the live article states when the task opens: see {@link CandidateIndex}. */
    private final CandidateIndex candidates = new CandidateIndex();
    private KeyValueStore<String, String> contentHashes;
    private KeyValueStore<String, LineSightings> lines;
    private KeyValueStore<String, Story> stories;
    private ArticleTimeline timeline;
    private StoryMembers members;
    private ExpiryIndex<LineSightings> lineExpiry;
    private ExpiryIndex<Story> storyExpiry;
    /**
     * Line sightings already read for the article in hand: finding its boilerplate reads them and indexing reads
     * them again to add the article, and a store read (RocksDB, then deserialisation) is the costliest
     * step of the stage. Each entry is taken at most once, by the write that follows it.
     */
    private final Map<String, LineSightings> linesRead = new HashMap<>();

    public CopyDetectionProcessor(CopySettings settings, StoryMatcherFactory storyMatchers) {
        this.settings = settings;
        this.storyMatchers = storyMatchers;
        this.fingerprinter = new Fingerprinter(settings);
        this.verifier = new CopyVerifier(settings.jaccardThreshold(), settings.containmentThreshold(),
                CopyVerifier.DEFAULT_MIN_SHINGLES);
        this.precedence = new OriginalPrecedence(verifier);
    }

    @Override
    public void init(ProcessorContext<String, AssignedArticle> context) {
        this.context = context;
        this.articles = context.getStateStore(CopyStores.ARTICLES);
        this.contentHashes = context.getStateStore(CopyStores.CONTENT_HASHES);
        this.lines = context.getStateStore(CopyStores.LINES);
        this.stories = context.getStateStore(CopyStores.STORIES);
        this.timeline = new ArticleTimeline(context.getStateStore(CopyStores.TIMELINE));
        timeline.backfillFrom(articles);
        this.members = new StoryMembers(context.getStateStore(CopyStores.MEMBERS));
        members.backfillFrom(articles);
        KeyValueStore<String, String> expiry = context.getStateStore(CopyStores.EXPIRY);
        Duration interval = evictionInterval(settings.copyWindow());
        this.lineExpiry = new ExpiryIndex<>(expiry, CopyStores.LINES, lines, LineSightings::lastSeenMs, interval);
        this.storyExpiry = new ExpiryIndex<>(expiry, CopyStores.STORIES, stories,
                story -> story.lastSeen() == null ? ExpiryIndex.NEVER : story.lastSeen().toEpochMilli(), interval);
        lineExpiry.backfill();
        storyExpiry.backfill();
        rebuildCandidateIndex();
        this.storyMatcher = storyMatchers.open(context);
        context.schedule(interval, PunctuationType.STREAM_TIME, this::evict);
    }

    /**
     * Lists every live article again, in order of arrival as when they were first indexed (which decides
     * what a full key keeps). Called on every init: after a restart, a move of the task, or a rollback of
     * an aborted transaction, the stores hold the truth and the memory of the old run does not.
     */
    private void rebuildCandidateIndex() {
        candidates.clear();
        for (ArticleState live : stored(timeline.allLive())) {
            candidates.add(live.articleId(), fingerprinter.candidateKeys(live.shingles()));
        }
        LOG.debug("candidate index rebuilt: {} live articles under {} keys", candidates.size(), candidates.keyCount());
    }

    /** Often enough that little expired state lingers, rarely enough that the walks of the expiry indexes stay batched. */
    static Duration evictionInterval(Duration copyWindow) {
        Duration twelfth = copyWindow.dividedBy(12);
        if (twelfth.compareTo(Duration.ofMinutes(1)) < 0) {
            return Duration.ofMinutes(1);
        }
        return twelfth.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : twelfth;
    }

    @Override
    public void close() {
        candidates.clear();
    }

    @Override
    public void process(Record<String, FingerprintedArticle> record) {
        if (record.value() == null) {
            return;
        }
        Article article = record.value().article();
        ArticleFingerprint computed = record.value().fingerprint();
        ArticleState known = articles.get(article.id());
        if (known != null && known.version() >= article.version()) {
            LOG.debug("article {} version {} already assigned to story {}", article.id(), article.version(), known.storyId());
            return;
        }
        long eventTimeMs = article.eventTime() != null ? article.eventTime().toEpochMilli() : record.timestamp();
        linesRead.clear();
        ContentShingles fingerprint = withoutBoilerplate(article, computed);

        Decision decision = known != null
                ? new Decision(newVersion(known, article, fingerprint, eventTimeMs, record.timestamp()), null, List.of())
                : firstVersion(article, fingerprint, eventTimeMs, record.timestamp());
        ArticleState state = decision.state();

        index(state, fingerprint.keys(), article.contentHash(), computed.lineHashes());
        articles.put(state.articleId(), state);
        timeline.stored(known, state);
        if (known == null) {
            members.stored(state);
        }
        // An original teaches the story matcher, also one that displaced a copy arrived before it: its text is fuller.
        if (known == null && state.original()) {
            storyMatcher.assigned(article, computed.evidence(), computed.event(), state.storyId(), eventTimeMs, record.timestamp());
        }

        Instant eventTime = Instant.ofEpochMilli(eventTimeMs);
        Story existing = stories.get(state.storyId());
        Story story = existing == null ? Stories.start(state.storyId(), article, eventTime)
                : Stories.join(existing, article, eventTime, known == null);
        storyExpiry.put(story.id(), existing, story);
        storyExpiry.flush();

        LOG.debug("article {} → story {} ({}, {})", article.id(), story.id(), state.reason(), state.similarity());
        context.forward(new Record<>(article.id(), new AssignedArticle(article, state.assignment(), story), record.timestamp()));
        if (decision.displaced() != null) {
            Displaced displaced = decision.displaced();
            revise(story, displaced.state(), state.articleId(), displaced.similarity(), displaced.reason(), state.articleId(),
                    record.timestamp());
        }
        joinGroups(state, decision.alsoCopied(), fingerprint, story, record.timestamp());
    }

    /**
     * The article also copies members of other copy groups of its story (a group that formed around a copy whose
     * original had not arrived, e.g. one with a new lead): the two groups are one, and when publication times
     * say which original came first, the other group's members are revised into its group (the article itself
     * included, when its own group is the later one) — when the article holds the other group's text
     * ({@link #coveredBy}), not when it is only an excerpt both carry. Groups of other stories stay apart: moving
     * articles between stories is left to story matching.
     */
    private void joinGroups(ArticleState placed, List<Candidate> alsoCopied, ContentShingles fingerprint, Story story, long timestamp) {
        Set<String> joined = new HashSet<>();
        for (Candidate other : alsoCopied) {
            if (!coveredBy(other)) {
                continue;
            }
            ArticleState state = articles.get(placed.articleId());
            ArticleState original = state.original() ? state : articles.get(state.originalId());
            ArticleState copied = articles.get(other.state().articleId());
            if (original == null || copied == null || copied.originalId().equals(state.originalId())
                    || !copied.storyId().equals(state.storyId()) || !joined.add(copied.originalId())) {
                continue;
            }
            ArticleState otherOriginal = copied.original() ? copied : articles.get(copied.originalId());
            if (otherOriginal == null) {
                continue;
            }
            if (OriginalPrecedence.publishedBefore(original.publishedAtMs(), otherOriginal.publishedAtMs())) {
                double similarity = otherOriginal.articleId().equals(copied.articleId()) ? other.match().similarity()
                        : similarity(otherOriginal, fingerprint);
                revise(story, otherOriginal, original.articleId(), similarity, Verdict.NEAR_COPY, placed.articleId(), timestamp);
            } else if (OriginalPrecedence.publishedBefore(otherOriginal.publishedAtMs(), original.publishedAtMs())) {
                double similarity = Math.max(CopyVerifier.jaccard(original.shingles(), otherOriginal.shingles()),
                        CopyVerifier.containment(original.shingles(), otherOriginal.shingles()));
                revise(story, original, otherOriginal.articleId(), similarity, Verdict.NEAR_COPY, placed.articleId(), timestamp);
            }
        }
    }

    /**
     * Whether the new article holds the other text (its shingles up to the containment threshold): a fuller
     * text that holds two groups' texts joins them, a teaser that both groups' texts hold does not, as two
     * reports that carry one paragraph alike are no copies of each other (a teaser half a report's size
     * still passes the Jaccard threshold of 0.5).
     */
    private boolean coveredBy(Candidate other) {
        return other.match().shared() >= settings.containmentThreshold() * other.state().shingles().length;
    }

    /**
     * {@code former} is no longer an original: every member of its copy group (the articles whose original it was,
     * itself included) is revised to the original {@code originalId}, and published again. The members are found
     * by {@link StoryMembers} among the story's, which a group shares: a story record lists only its newest members.
     *
     * @param similarity the similarity of {@code former} to the article that showed it a copy
     * @param reason     the verdict of {@code former} as a copy
     * @param by         the article whose arrival showed it
     */
    private void revise(Story story, ArticleState former, String originalId, double similarity, Verdict reason, String by, long timestamp) {
        String formerId = former.articleId();
        for (ArticleState member : members.group(story.id(), formerId, articles)) {
            String id = member.articleId();
            if (id.equals(originalId)) {
                continue;
            }
            ArticleState revised = id.equals(formerId)
                    ? member.revisedTo(originalId, similarity, reason, by)
                    : member.revisedTo(originalId, member.similarity(), member.reason(), by);
            articles.put(id, revised);
            members.stored(revised);
            LOG.debug("article {} revised: copy of {} (revision {})", id, originalId, revised.revision());
            context.forward(new Record<>(id, AssignedArticle.revision(revised.assignment()), timestamp));
        }
    }

    /**
     * A new version keeps its story, copy group and verdict; only its fingerprint follows the new text. Its
     * publication time for precedence stays the first version's: an update is published later than the text it
     * corrects, and does not make the article any less the original.
     */
    private ArticleState newVersion(ArticleState known, Article article, ContentShingles fingerprint, long eventTimeMs, long seenAtMs) {
        unindex(known);
        Long publishedAtMs = known.publishedAtMs() != null ? known.publishedAtMs() : publishedAtMs(article);
        return new ArticleState(article.id(), article.version(), article.contentHash(), eventTimeMs, seenAtMs,
                fingerprint.shingles(), known.rootId(), known.storyId(), known.similarity(), known.reason(), publishedAtMs,
                CopyVerifier.shortLines(fingerprint.lineShingles()), known.originalId(), known.revision(), known.revisedBy());
    }

    private Decision firstVersion(Article article, ContentShingles fingerprint, long eventTimeMs, long seenAtMs) {
        Optional<Candidate> exact = exactCopy(article, eventTimeMs);
        List<Candidate> near = exact.isPresent() ? List.of() : nearCopies(article.id(), fingerprint, eventTimeMs);
        Optional<Candidate> copy = exact.or(() -> near.stream().findFirst());
        List<Candidate> alsoCopied = near.size() > 1 ? near.subList(1, near.size()) : List.of();
        Long publishedAtMs = publishedAtMs(article);
        long[][] shortLines = CopyVerifier.shortLines(fingerprint.lineShingles());
        if (copy.isPresent()) {
            ArticleState of = copy.get().state();
            Verdict reason = copy.get().match().measure().equals("exact") ? Verdict.EXACT : Verdict.NEAR_COPY;
            ArticleState original = of.original() ? of : articles.get(of.originalId());
            if (original != null && !original.retired() && precedence.laterIsOriginal(publishedAtMs, fingerprint.shingles(), original,
                    LongSets.minus(original.shingles(), fingerprint.boilerplate()))) {
                // The group's original so far is a copy of this article: it takes the original's place and verdict.
                double similarity = original == of ? copy.get().match().similarity() : similarity(original, fingerprint);
                Verdict formerReason = article.contentHash() != null && article.contentHash().equals(original.contentHash())
                        ? Verdict.EXACT : Verdict.NEAR_COPY;
                ArticleState state = new ArticleState(article.id(), article.version(), article.contentHash(), eventTimeMs, seenAtMs,
                        fingerprint.shingles(), of.rootId(), of.storyId(), original.similarity(), original.reason(), publishedAtMs,
                        shortLines, article.id(), 0, null);
                return new Decision(state, new Displaced(original, similarity, formerReason), alsoCopied);
            }
            return new Decision(new ArticleState(article.id(), article.version(), article.contentHash(), eventTimeMs, seenAtMs,
                    fingerprint.shingles(), of.rootId(), of.storyId(), copy.get().match().similarity(), reason, publishedAtMs,
                    shortLines, of.originalId(), 0, null), null, alsoCopied);
        }
        Optional<String> existingStory = storyMatcher.storyFor(article, fingerprint.evidence(), fingerprint.event(), eventTimeMs);
        return new Decision(new ArticleState(article.id(), article.version(), article.contentHash(), eventTimeMs, seenAtMs,
                fingerprint.shingles(), article.id(), existingStory.orElseGet(() -> Stories.idFor(article.id())),
                0, existingStory.isPresent() ? Verdict.STORY_MATCH : Verdict.ORIGINAL, publishedAtMs, shortLines, article.id(), 0, null),
                null, List.of());
    }

    /** The similarity of a displaced original to the article that displaced it, when the article matched another member. */
    private double similarity(ArticleState original, ContentShingles fingerprint) {
        long[] originalShingles = LongSets.minus(original.shingles(), fingerprint.boilerplate());
        return verifier.compare(originalShingles, original.shortLines(), fingerprint.shingles(), fingerprint.lineShingles())
                .map(CopyMatch::similarity)
                // Matched through another member only: on the lines as both were first read (lines since known as
                // boilerplate included), so that a group joined over lines it shares with another is not reported as 0.
                .orElseGet(() -> {
                    long[] allLines = Shingles.union(fingerprint.lineShingles());
                    return Math.max(CopyVerifier.jaccard(original.shingles(), allLines), CopyVerifier.containment(original.shingles(), allLines));
                });
    }

    private static Long publishedAtMs(Article article) {
        return article.publishedAt() == null ? null : article.publishedAt().toEpochMilli();
    }

    private Optional<Candidate> exactCopy(Article article, long eventTimeMs) {
        if (article.contentHash() == null || article.text().isBlank()) {
            return Optional.empty();
        }
        String firstId = contentHashes.get(article.contentHash());
        ArticleState first = firstId == null ? null : articles.get(firstId);
        if (first == null || first.articleId().equals(article.id()) || !live(first, eventTimeMs)) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(first, new CopyMatch(1.0, "exact", first.shingles().length)));
    }

    /** Every live article the new one copies, the best match first ({@link #BEST_FIRST}: the most shingles shared). */
    private List<Candidate> nearCopies(String articleId, ContentShingles fingerprint, long eventTimeMs) {
        List<Candidate> matches = new ArrayList<>(2);
        for (String id : candidates.candidates(fingerprint.keys(), articleId, MAX_VERIFIED_CANDIDATES)) {
            ArticleState candidate = articles.get(id);
            if (candidate == null || !live(candidate, eventTimeMs)) {
                continue;
            }
            // The candidate was fingerprinted before some lines were known as boilerplate.
            long[] candidateShingles = LongSets.minus(candidate.shingles(), fingerprint.boilerplate());
            Optional<CopyMatch> match = verifier.compare(candidateShingles, candidate.shortLines(), fingerprint.shingles(),
                    fingerprint.lineShingles());
            if (match.isPresent()) {
                matches.add(new Candidate(candidate, match.get()));
            }
        }
        matches.sort(BEST_FIRST);
        return matches;
    }

    /**
     * The text the new one copies most of first: a portal copy that carries a whole short report besides its
     * agency text (a paragraph added from it, a roundup of briefs) is contained in neither more than in the
     * agency text, though the short report's containment (1.0) outranks the agency text's Jaccard. Then the
     * higher similarity, then the smaller id.
     */
    private static final java.util.Comparator<Candidate> BEST_FIRST = java.util.Comparator
            .comparingInt((Candidate c) -> c.match().shared()).reversed()
            .thenComparing(java.util.Comparator.comparingDouble((Candidate c) -> c.match().similarity()).reversed())
            .thenComparing(c -> c.state().articleId());

    /** Still a copy candidate: not retired and published within the copy window of the new article. */
    private boolean live(ArticleState candidate, long eventTimeMs) {
        return !candidate.retired()
                && Math.abs(eventTimeMs - candidate.eventTimeMs()) <= settings.copyWindow().toMillis();
    }

    /**
     * The article's shingles and keys without its boilerplate lines (seen in two stories). Known only
     * here, in order; the fingerprint computed upstream covers all lines, which is all that an article
     * without boilerplate needs.
     */
    private ContentShingles withoutBoilerplate(Article article, ArticleFingerprint computed) {
        List<long[]> boilerplate = new ArrayList<>();
        for (int i = 0; i < computed.lineHashes().length; i++) {
            String key = lineKey(computed.lineHashes()[i]);
            LineSightings sightings = linesRead.containsKey(key) ? linesRead.get(key) : sightings(key);
            linesRead.put(key, sightings);
            if (sightings != null && sightings.boilerplate()) {
                boilerplate.add(computed.lineShingles()[i]);
            }
        }
        if (boilerplate.isEmpty()) {
            return new ContentShingles(computed.shingles(), computed.candidateKeys(), new long[0], computed.evidence(), computed.event(),
                    computed.lineShingles());
        }
        long[] boilerplateShingles = Shingles.union(boilerplate.toArray(long[][]::new));
        // The content lines' shingles without any boilerplate shingle (which a content line may contain by
        // accident: both sides of a comparison are treated alike): all shingles but those of boilerplate.
        long[] contentShingles = LongSets.minus(computed.shingles(), boilerplateShingles);
        return new ContentShingles(contentShingles, fingerprinter.candidateKeys(contentShingles), boilerplateShingles, computed.evidence(),
                computed.event(), computed.lineShingles());
    }

    private void index(ArticleState state, long[] keys, String contentHash, long[] lineHashes) {
        candidates.add(state.articleId(), keys);
        if (contentHash != null && contentHashes.get(contentHash) == null) {
            contentHashes.put(contentHash, state.articleId());
        }
        Set<String> seen = new HashSet<>();
        for (long lineHash : lineHashes) {
            String key = lineKey(lineHash);
            if (seen.add(key)) {
                LineSightings sightings = linesRead.containsKey(key) ? linesRead.remove(key) : sightings(key);
                lineExpiry.put(key, sightings, (sightings == null ? new LineSightings(List.of(), 0) : sightings)
                        .seenIn(state.storyId(), state.seenAtMs()));
            }
        }
        lineExpiry.flush();
    }

    /** The stored sightings of a line, by story also when an earlier build stored them by copy group. */
    private LineSightings sightings(String key) {
        LineSightings stored = lines.get(key);
        return stored == null ? null : stored.inStories(root -> {
            ArticleState group = articles.get(root);
            return group == null ? null : group.storyId();
        });
    }

        private void unindex(ArticleState state) {
        candidates.remove(state.articleId(), () -> fingerprinter.candidateKeys(state.shingles()));
        if (state.contentHash() != null && state.articleId().equals(contentHashes.get(state.contentHash()))) {
            contentHashes.delete(state.contentHash());
        }
    }

    /**
     * Retires articles beyond the copy window (no longer candidates) and forgets articles, stories and
     * line sightings beyond the story window, so that state is bounded by the windows, not by history.
     */
    private void evict(long streamTimeMs) {
        long copyCutoff = streamTimeMs - settings.copyWindow().toMillis();
        long storyCutoff = streamTimeMs - settings.storyWindow().toMillis();
        int expired = 0;
        for (ArticleState live : stored(timeline.liveBefore(copyCutoff))) {
            unindex(live);
            if (live.seenAtMs() < storyCutoff) {
                forget(live);
            } else {
                articles.put(live.articleId(), live.retire());
                timeline.retired(live);
            }
            expired++;
        }
        for (ArticleState kept : stored(timeline.keptBefore(storyCutoff))) {
            unindex(kept);
            forget(kept);
            expired++;
        }
        lineExpiry.evictBefore(copyCutoff);
        storyMatcher.evictBefore(storyCutoff);
        storyExpiry.evictBefore(storyCutoff);
        if (expired > 0) {
            LOG.debug("retired or forgot {} articles at stream time {}", expired, streamTimeMs);
        }
    }

    /** The stored states of the timeline's entries; stale entries are dropped on the way. */
    private List<ArticleState> stored(List<KeyValue<String, String>> entries) {
        List<ArticleState> states = new ArrayList<>(entries.size());
        for (KeyValue<String, String> entry : entries) {
            ArticleState state = articles.get(entry.value);
            if (ArticleTimeline.describes(entry, state)) {
                states.add(state);
            } else {
                timeline.dropStale(entry);
            }
        }
        return states;
    }

    private void forget(ArticleState state) {
        articles.delete(state.articleId());
        timeline.forgotten(state);
        members.forgotten(state);
    }

    /** The store key of a normalised line: its hash in hex. */
    private static String lineKey(long lineHash) {
        return Hashing.hex(lineHash);
    }

    /**
     * Shingles of an article's content lines and their candidate keys, shingles of its boilerplate lines, its
     * story evidence, and the shingles of each of its lines (boilerplate included: the verifier looks only at
     * those that are also among the content shingles).
     */
    private record ContentShingles(long[] shingles, long[] keys, long[] boilerplate, List<String> evidence, EventKeys event,
                               long[][] lineShingles) {
    }

    private record Candidate(ArticleState state, CopyMatch match) {
    }

    /**
     * The verdict for a new article, the original it displaced, if any, and the other articles it copies (its
     * verdict followed the best match).
     */
    private record Decision(ArticleState state, Displaced displaced, List<Candidate> alsoCopied) {
    }

    /**
     * A former original and its new verdict as a copy of the article that displaced it.
     *
     * @param similarity the similarity of the two
     * @param reason     {@link Verdict#EXACT} for the same text, else {@link Verdict#NEAR_COPY}
     */
    private record Displaced(ArticleState state, double similarity, Verdict reason) {
    }
}
