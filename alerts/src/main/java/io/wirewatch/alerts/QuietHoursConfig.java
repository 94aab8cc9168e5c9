package io.wirewatch.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Local hours in which a subscription is sent nothing ({@code quietHours: {from: "22:00", to: "06:30"}}),
 * in the subscription's time zone; {@code from} after {@code to} crosses midnight.
 *
 * @param from first minute of the quiet hours, {@code HH:mm}
 * @param to   first minute after them, {@code HH:mm}
 */
public record QuietHoursConfig(
        @JsonProperty("from")
        String from,
        @JsonProperty("to")
        String to) {
}
