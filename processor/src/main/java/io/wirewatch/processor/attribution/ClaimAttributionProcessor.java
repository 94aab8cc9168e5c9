package io.wirewatch.processor.attribution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.Ids;
import io.wirewatch.events.Rule;
import io.wirewatch.processor.ProcessorMetrics;
import io.wirewatch.processor.claims.ClaimExtractor;
import io.wirewatch.processor.claims.ExtractedClaim;
import io.wirewatch.processor.rules.RuleMatcher;
import io.wirewatch.processor.state.ExpiryIndex;
import io.wirewatch.processor.story.Stories;

/**
 * Extracts the attributed claims of each assigned article (keyed by its story id) and matches them against the watch list.
 * A claim is identified by its story and its normalised sentence, so the same quote in every copy of a
 * story is one claim: the first copy publishes it, each further copy publishes it again with that copy
 * appended to {@link Claim#articleIds()} (which keeps the newest {@value Claim#MAX_LISTED_ARTICLES}) and
 * counted in {@link Claim#articleCount()}, and its source added to {@link Claim#sources()} (so that a consumer
 * can judge the claim's sources whatever order it reads claims and articles in). A sentence seen again in an
 * article the claim counted (a new version), listed or not, publishes nothing: {@link ClaimMembers} knows
 * which. A claim stored by a build from before claims carried their sources keeps none (its earlier
 * articles' sources are not known here): it stays at schema version 1, and the alerts service judges it by
 * the articles it has read.
 */
public final class ClaimAttributionProcessor implements Processor<String, Article, String, Claim> {

    /** claim id → claim state. */
    public static final String STORE = "claims";
    /** When claims may expire: an {@link ExpiryIndex} of {@link #STORE}, so that eviction reads only those. */
    public static final String EXPIRY = "claims-expiry-index";
    /** Claim id and article id → nothing: the articles a claim counted that it no longer lists ({@link ClaimMembers}). */
    public static final String MEMBERS = "claim-members";

    private static final Duration EVICTION_INTERVAL = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(ClaimAttributionProcessor.class);

    private final Duration storyWindow;
    private final ClaimExtractor extractor = new ClaimExtractor();

    private ProcessorContext<String, Claim> context;
    private KeyValueStore<String, ClaimState> claims;
    private ExpiryIndex<ClaimState> expiry;
    private ClaimMembers members;
    private ReadOnlyKeyValueStore<String, Rule> topicRules;
    private final SharedRuleBook rules;

    private boolean rulesOpen;

    /** The claims this task has published, cached and changelogged. */
    public static StoreBuilder<KeyValueStore<String, ClaimState>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), ClaimState.serde())
                .withCachingEnabled();
    }

    /** The expiry index of the claims. */
    public static StoreBuilder<KeyValueStore<String, String>> expiryStoreBuilder() {
        return ExpiryIndex.storeBuilder(Stores.persistentKeyValueStore(EXPIRY));
    }

    /**
     * The claims' unlisted members: each entry written once and read rarely (only for a claim beyond the cap),
     * so not cached (a record cache would only sort the entries in memory first); changelogged like every store.
     */
    public static StoreBuilder<KeyValueStore<String, String>> membersStoreBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MEMBERS), Serdes.String(), Serdes.String())
                .withCachingDisabled();
    }

    public ClaimAttributionProcessor(SharedRuleBook rules, Duration storyWindow) {
        this.rules = rules;
        this.storyWindow = storyWindow;
    }

    @Override
    public void init(ProcessorContext<String, Claim> context) {
        this.context = context;
        this.claims = context.getStateStore(STORE);
        this.expiry = new ExpiryIndex<>(context.getStateStore(EXPIRY), STORE, claims, ClaimState::lastSeenMs, EVICTION_INTERVAL);
        expiry.backfill();
        this.members = new ClaimMembers(context.getStateStore(MEMBERS));
        this.topicRules = context.getStateStore(RuleStoreUpdater.STORE);
        rules.open();
        rulesOpen = true;
        context.schedule(EVICTION_INTERVAL, PunctuationType.STREAM_TIME, this::evict);
    }

    @Override
    public void process(Record<String, Article> record) {
        // Log lines written while the article is handled (rule errors, the Streams handlers) name it.
        MDC.put("service", "processor");
        MDC.put("articleId", record.value().id());
        context.recordMetadata().ifPresent(source -> {
            MDC.put("topic", source.topic());
            MDC.put("partition", Integer.toString(source.partition()));
        });
        try {
            attribute(record);
        } finally {
            MDC.remove("articleId");
            MDC.remove("topic");
            MDC.remove("partition");
        }
    }

    private void attribute(Record<String, Article> record) {
        Article article = record.value();
        String storyId = record.key();
        // Rule changes on the topic apply from the next article on.
        RuleMatcher matcher = rules.matcher(topicRules);
        List<ExtractedClaim> extracted = extractor.extract(article.text(), article.language());
        List<String> claimIds = extracted.stream()
                .map(claim -> Ids.hash(storyId, ClaimExtractor.normalise(claim.text())))
                .toList();
        // Each claim's state is read from the store once; this map then follows the writes below, so a
        // sentence repeated within the article finds the state its first occurrence wrote.
        Map<String, ClaimState> states = new HashMap<>();
        for (String claimId : claimIds) {
            if (!states.containsKey(claimId)) {
                states.put(claimId, claims.get(claimId));
            }
        }
        Map<String, Map<String, List<Claim.Span>>> matchesOfNewClaims = matchNewClaims(matcher, extracted, claimIds, states, article.language());
        for (int i = 0; i < extracted.size(); i++) {
            String claimId = claimIds.get(i);
            ClaimState known = states.get(claimId);
            Claim claim;
            if (known == null) {
                claim = newClaim(claimId, storyId, article, extracted.get(i), matchesOfNewClaims.get(claimId));
            } else if (!members.counted(known.claim(), article.id())) {
                claim = members.added(known.claim(), article.id(), Stories.sourceOf(article));
            } else {
                continue;
            }
            ProcessorMetrics.claim(claim, known == null);
            ClaimState state = new ClaimState(claim, record.timestamp());
            expiry.put(claimId, known, state);
            states.put(claimId, state);
            LOG.debug("claim {} of story {} in article {} (rules {})", claimId, storyId, article.id(), claim.rules());
            context.forward(new Record<>(claimId, claim, record.timestamp()));
        }
        expiry.flush();
    }

    /**
     * Rule matches of the claims the story does not know yet, all in one matcher call (one call per
     * claim cost a pass over the rules each); known claims keep the rules they were flagged with.
     */
    private Map<String, Map<String, List<Claim.Span>>> matchNewClaims(RuleMatcher matcher,
            List<ExtractedClaim> extracted, List<String> claimIds, Map<String, ClaimState> states, String language) {
        Map<String, String> newClaimTexts = new LinkedHashMap<>();
        for (int i = 0; i < extracted.size(); i++) {
            String claimId = claimIds.get(i);
            if (!newClaimTexts.containsKey(claimId) && states.get(claimId) == null) {
                newClaimTexts.put(claimId, extracted.get(i).text());
            }
        }
        if (newClaimTexts.isEmpty()) {
            return Map.of();
        }
        List<Map<String, List<Claim.Span>>> matches =
                matcher.matchEach(List.copyOf(newClaimTexts.values()), language);
        Map<String, Map<String, List<Claim.Span>>> byClaimId = new HashMap<>();
        int index = 0;
        for (String claimId : newClaimTexts.keySet()) {
            byClaimId.put(claimId, matches.get(index++));
        }
        return byClaimId;
    }

    private static Claim newClaim(String claimId, String storyId, Article article, ExtractedClaim extracted,
            Map<String, List<Claim.Span>> matches) {
        List<String> rules = new ArrayList<>();
        List<Claim.Span> highlights = new ArrayList<>();
        matches.forEach((ruleId, spans) -> {
            rules.add(ruleId);
            spans.stream().filter(span -> !highlights.contains(span)).forEach(highlights::add);
        });
        rules.sort(Comparator.naturalOrder());
        highlights.sort(Comparator.comparingInt(Claim.Span::start).thenComparingInt(Claim.Span::end));
        return new Claim(Claim.SCHEMA_VERSION, claimId, article.id(), List.of(article.id()), 1, storyId,
                extracted.text(), extracted.speaker(), extracted.cue(), extracted.direct(), extracted.hedged(),
                rules, extracted.start(), extracted.end(), highlights, article.language(), List.of(Stories.sourceOf(article)));
    }

    /** Claims not seen for a story window belong to stories that are gone. */
    private void evict(long streamTimeMs) {
        long cutoff = streamTimeMs - storyWindow.toMillis();
        expiry.evictBefore(cutoff, (claimId, state) -> members.forgotten(state.claim()));
    }

    @Override
    public void close() {
        if (rulesOpen) {
            rulesOpen = false;
            rules.close();
        }
    }
}
