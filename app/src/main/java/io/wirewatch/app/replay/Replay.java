package io.wirewatch.app.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;

import io.wirewatch.alerts.matching.AlertsTopology;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.Json;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Topics;
import io.wirewatch.ingest.SourceReader;
import io.wirewatch.ingest.source.SourceBatch;
import io.wirewatch.processor.ProcessorTopology;

/**
 * Runs local files through the processor and alert topologies, exactly as built for {@code run},
 * and prints one JSON line per article, per claim (its final state, listing every copy) and per
 * notification it would send: first alerts (each after the file that raised it; files count as
 * arriving {@code groupWait} apart) and then the updates the whole set of files brings
 * ({@code groupInterval} apart, at most {@code maxUpdates}). Nothing is published and nothing is delivered.
 */
public final class Replay implements AutoCloseable {

    private static final Duration DIGESTS_DUE = Duration.ofDays(2);

    private final WirewatchConfig config;
    private final PrintStream out;
    private final PrintStream err;
    private final OfflineTopology processor;
    private final OfflineTopology alerts;
    private final TestInputTopic<String, Article> articlesIn;
    private final TestOutputTopic<String, StoryAssignment> assignmentsOut;
    private final TestOutputTopic<String, Claim> claimsOut;
    private final TestInputTopic<String, Claim> claimsIn;
    private final TestInputTopic<String, Article> alertArticlesIn;
    private final TestInputTopic<String, StoryAssignment> alertAssignmentsIn;
    private final TestOutputTopic<String, Alert> alertsOut;

    public Replay(WirewatchConfig config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
        processor = new OfflineTopology(ProcessorTopology.build(config.processorConfig()), "replay-processor");
        alerts = new OfflineTopology(AlertsTopology.build(config.alertsConfig()), "replay-alerts");
        articlesIn = processor.input(Topics.ARTICLES);
        assignmentsOut = processor.output(Topics.ASSIGNMENTS);
        claimsOut = processor.output(Topics.CLAIMS);
        claimsIn = alerts.input(Topics.CLAIMS);
        alertArticlesIn = alerts.input(Topics.ARTICLES);
        alertAssignmentsIn = alerts.input(Topics.ASSIGNMENTS);
        alertsOut = alerts.output(Topics.ALERTS);
    }

    /**
     * Replays the sources in the order given (files of a directory in path order).
     *
     * @return 0 when every source was read, 1 when any failed (the others are still replayed)
     */
    public int run(List<String> sources) {
        boolean allRead = true;
        Map<String, Claim> claims = new LinkedHashMap<>();
        try (SourceReader reader = new SourceReader(config.ingestConfig())) {
            for (String source : sources) {
                SourceBatch result = reader.read(source);
                result.errors().forEach(error -> err.println("wirewatch replay: " + error));
                allRead &= result.errors().isEmpty();
                for (Article article : result.articles()) {
                    replay(article, claims);
                }
            }
        }
        // Then the updates: the story as it stands after every file, one groupInterval apart, up to maxUpdates.
        for (int update = 0; update < config.alertsConfig().maxUpdates(); update++) {
            alerts.advanceWallClock(config.alertsConfig().groupInterval());
            printAlerts();
        }
        // Digest and quiet-hours subscriptions: what they hold goes out as its digest, as if two days
        // passed (every digest is due within them: a daily one within a day, pushed back by quiet hours
        // by less than another).
        alerts.advanceWallClock(DIGESTS_DUE);
        printAlerts();
        claims.values().forEach(claim -> out.println(Json.write(ReplayLines.claim(claim))));
        out.flush();
        return allRead ? 0 : 1;
    }

    private void replay(Article article, Map<String, Claim> claims) {
        // As in 'run', where ingest's producer stamps records with their send time: the record time is
        // when the article was read, and stream time (which drives state eviction) follows arrival,
        // not publication, so a backfill of old articles is not evicted on arrival.
        articlesIn.pipeInput(new TestRecord<>(article.id(), article, article.fetchedAt()));
        // The alert topology reads articles and assignments too: they make the alerts' payload.
        alertArticlesIn.pipeInput(new TestRecord<>(article.id(), article, article.fetchedAt()));
        StoryAssignment assignment = null;
        List<StoryAssignment> revisions = new ArrayList<>();
        for (TestRecord<String, StoryAssignment> record : assignmentsOut.readRecordsToList()) {
            alertAssignmentsIn.pipeInput(record);
            if (record.value().articleId().equals(article.id())) {
                assignment = record.value();
            } else if (record.value().revised()) {
                revisions.add(record.value());
            }
        }
        out.println(Json.write(ReplayLines.article(article, assignment)));
        // Verdicts of earlier files that this one showed wrong (it is the original they copy).
        revisions.forEach(revised -> out.println(Json.write(ReplayLines.revision(revised))));
        for (TestRecord<String, Claim> claim : claimsOut.readRecordsToList()) {
            claims.put(claim.key(), claim.value());
            claimsIn.pipeInput(claim);
        }
        // Files count as arriving groupWait apart: the first notification of a story goes out after the
        // file that raised it, with what that file and the earlier ones added.
        alerts.advanceWallClock(config.alertsConfig().groupWait());
        printAlerts();
    }

    private void printAlerts() {
        for (Alert alert : alertsOut.readValuesToList()) {
            out.println(Json.write(ReplayLines.alert(alert)));
        }
    }

    @Override
    public void close() {
        try {
            processor.close();
        } finally {
            alerts.close();
        }
    }
}
