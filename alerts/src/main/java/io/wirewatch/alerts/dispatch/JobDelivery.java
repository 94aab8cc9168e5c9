package io.wirewatch.alerts.dispatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import io.wirewatch.events.Alert;

/**
 * Runs one {@link Job} on its channel's lane: one round of attempts ({@link RetryingDelivery}), each
 * written to the delivery log; a failed round is handed to {@link FailedDeliveries}. The job is done
 * (its offset may be committed) once the alert was delivered, scheduled for a retry or dead-lettered.
 */
final class JobDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(JobDelivery.class);

    private final RetryingDelivery delivery;
    private final DeliveryLog log;
    private final FailedDeliveries failures;

    JobDelivery(RetryingDelivery delivery, DeliveryLog log, FailedDeliveries failures) {
        this.delivery = delivery;
        this.log = log;
        this.failures = failures;
    }

    /**
     * Delivers the job on its lane's thread. A failure of the delivery code itself (a bug, not a
     * refusing channel) must neither stop the lane nor lose the alert: it is dead-lettered with the error.
     */
    void run(ChannelLane lane, Job job) {
        MDC.put("service", "alerts");
        MDC.put("topic", job.source().topic());
        MDC.put("partition", Integer.toString(job.source().partition()));
        MDC.put("offset", Long.toString(job.source().offset()));
        MDC.put("alertId", job.alert().id());
        MDC.put("articleId", String.valueOf(job.alert().articleId()));
        try {
            deliver(lane, job);
        } catch (Throwable e) { // NOPMD: an Error here too must end in the dead-letter topic, not nowhere
            LOG.error("delivering alert {} to {} failed unexpectedly, dead-lettering it", job.alert().id(), lane.channel().describe(), e);
            if (failures.deadLetterBroken(lane, job, "dispatcher failed: " + e)) {
                job.done();
            }
        } finally {
            MDC.clear();
        }
    }

    /**
     * One round of attempts; when it fails, the next round is scheduled on the retry topic, or the
     * alert dead-lettered once {@code retryFor} has passed.
     */
    private void deliver(ChannelLane lane, Job job) {
        Alert alert = job.alert();
        String channel = lane.channel().describe();
        DeliveryOutcome outcome = delivery.deliver(lane.channel(), alert, (attempt, latencyMs, failure) -> {
            if (failure == null) {
                log.delivered(alert, channel, job.attempts() + attempt, latencyMs);
            } else {
                log.failed(alert, channel, job.attempts() + attempt, latencyMs, failure);
            }
        });
        if (outcome instanceof DeliveryOutcome.Abandoned) {
            return; // closing: stays uncommitted, delivered after the restart
        }
        if (outcome instanceof DeliveryOutcome.Failed failed) {
            if (!failures.retryOrDeadLetter(lane, job, failed)) {
                return;
            }
        } else {
            LOG.debug("alert {} delivered to {} of subscription {}", alert.id(), channel, alert.subscriptionId());
        }
        job.done();
    }
}
