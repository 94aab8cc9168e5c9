package io.wirewatch.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Claim;

/** The matcher's index by rule against its simple form, which looks at every subscription. */
class SubscriptionMatcherTest {

    private static final Instant AT = Instant.parse("2024-05-15T08:00:00Z");

    @Test
    void indexByRuleFindsTheSameAlertsInTheSameOrderAsLookingAtEverySubscription() {
        Random random = new Random(13);
        List<SubscriptionConfig> subscriptions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            SubscriptionConfig subscription = new SubscriptionConfig("s" + i, pick(random, "r", 30, 1 + random.nextInt(4)),
                    List.of(ChannelConfig.console()));
            int filter = random.nextInt(4);
            if (filter == 1) {
                subscription = subscription.withFilters(List.of(random.nextBoolean() ? "de" : "en"), null, null, null);
            } else if (filter == 2) {
                subscription = subscription.withFilters(null, pick(random, "src", 6, 2), pick(random, "src", 6, 1), null);
            }
            subscriptions.add(subscription);
        }
        SubscriptionMatcher matcher = new SubscriptionMatcher(subscriptions);
        int alerts = 0;
        int unfollowed = 0;
        for (int c = 0; c < 500; c++) {
            List<String> rules = new ArrayList<>(pick(random, "r", 35, random.nextInt(4))); // some rules no subscription follows
            // a third of the claims of an earlier build, carrying no sources: judged by the articles known
            List<String> carried = random.nextInt(3) == 0 ? null : pick(random, "src", 6, 1 + random.nextInt(2));
            Claim claim = new Claim(Claim.SCHEMA_VERSION, "c" + c, "a" + c, List.of("a" + c, "b" + c), c % 7 == 0 ? null : "story-" + c,
                    "Satz", "Sprecher", "sagte", true, false, rules, 0, 4, List.of(), random.nextBoolean() ? "de" : "en", carried);
            String source = "src" + random.nextInt(6);
            List<Alert> indexed = matcher.match(claim, AT, id -> id.startsWith("a") ? source : null);
            List<Alert> scanned = matcher.matchScanningAll(claim, AT, id -> id.startsWith("a") ? source : null);
            assertThat(indexed).as("claim %d with rules %s", c, rules).isEqualTo(scanned);
            if (!matcher.followsAny(rules)) {
                assertThat(scanned).as("claim %d: no subscription follows %s, so the topology drops it", c, rules).isEmpty();
                unfollowed++;
            } else {
                assertThat(rules).as("claim %d: a followed rule", c).anyMatch(rule -> subscriptions.stream().anyMatch(s -> s.rules().contains(rule)));
            }
            alerts += indexed.size();
        }
        assertThat(alerts).isGreaterThan(500);
        assertThat(unfollowed).as("claims whose rules nobody follows").isGreaterThan(20);
    }

    private static List<String> pick(Random random, String prefix, int of, int count) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(prefix + random.nextInt(of));
        }
        return List.copyOf(picked);
    }
}
