package io.wirewatch.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.wirewatch.alerts.Fixtures;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Json;

class ConsoleChannelTest {

    @Test
    void printsOneJsonLinePerAlertAndFlushes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // No autoflush and a buffer: only an explicit flush makes the line visible.
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(bytes, 8192), false, StandardCharsets.UTF_8);
        Alert alert = Fixtures.alert("5d1e0c9a7b3f2e10", "verkehrsdesk");

        new ConsoleChannel(out).deliver(alert);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(Json.write(alert) + System.lineSeparator());
    }

    @Test
    void brokenStreamIsADeliveryException() {
        PrintStream broken = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }
        }, true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ConsoleChannel(broken).deliver(Fixtures.alert("5d1e0c9a7b3f2e10", "verkehrsdesk")))
                .isInstanceOf(DeliveryException.class)
                .hasMessageContaining("verkehrsdesk");
    }
}
