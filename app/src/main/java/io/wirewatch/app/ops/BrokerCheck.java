package io.wirewatch.app.ops;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Ready when the cluster answers a metadata request within the timeout. */
final class BrokerCheck implements HealthCheck {

    private final Admin admin;
    private final Duration timeout;

    BrokerCheck(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    @Override
    public Status check() {
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            return Status.ready(brokers + (brokers == 1 ? " broker" : " brokers"));
        } catch (ExecutionException e) {
            return Status.notReady("cluster unreachable: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            return Status.notReady("cluster unreachable: no answer in " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.notReady("interrupted");
        }
    }
}
