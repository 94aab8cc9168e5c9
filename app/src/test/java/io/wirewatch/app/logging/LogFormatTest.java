package io.wirewatch.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import io.wirewatch.events.Json;

/** Switching the bundled logback configuration to JSON lines, as {@code run --log-format json} does. */
class LogFormatTest {

    @Test
    void jsonLinesCarryLevelLoggerServiceMdcAndMessage() throws Exception {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LogFormat.JSON.use("processor");
            MDC.put("articleId", "a-1");
            LoggerFactory.getLogger("io.wirewatch.test").warn("something for {}", "ops");
            LoggerFactory.getLogger("org.apache.kafka.clients.NetworkClient").warn(
                    "The metadata response from the cluster reported a recoverable issue with correlation id 2 : {x-repartition=UNKNOWN_TOPIC_OR_PARTITION}");
        } finally {
            MDC.clear();
            System.setErr(stderr);
            restoreTestLogging();
        }
        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).as("the expected Kafka noise is dropped in JSON too").hasSize(1);
        JsonNode line = Json.read(lines[0], JsonNode.class);
        assertThat(line.path("level").asText()).isEqualTo("WARN");
        assertThat(line.path("loggerName").asText()).isEqualTo("io.wirewatch.test");
        assertThat(line.path("formattedMessage").asText()).isEqualTo("something for ops");
        assertThat(line.path("mdc").path("articleId").asText()).isEqualTo("a-1");
        assertThat(line.path("context").path("properties").path("service").asText()).isEqualTo("processor");
    }

    private static void restoreTestLogging() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFormatTest.class.getResource("/logback-test.xml"));
    }
}
