package io.wirewatch.alerts.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.wirewatch.alerts.QuietHoursConfig;

class DeliveryScheduleTest {

    private static final String PATH = "subscriptions[2]";

    @Test
    void badValuesAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> DeliverySchedule.parse(PATH, "weekly", null, null, null))
                .hasMessageContaining("subscriptions[2].mode").hasMessageContaining("'weekly'");
        assertThatThrownBy(() -> DeliverySchedule.parse(PATH, "daily", "7:30", null, null))
                .hasMessageContaining("subscriptions[2].digestAt").hasMessageContaining("'7:30'");
        assertThatThrownBy(() -> DeliverySchedule.parse(PATH, "daily", "24:00", null, null))
                .hasMessageContaining("subscriptions[2].digestAt");
        assertThatThrownBy(() -> DeliverySchedule.parse(PATH, "hourly", "07:30", null, null))
                .hasMessageContaining("subscriptions[2].digestAt").hasMessageContaining("only with mode 'daily'");
        assertThatThrownBy(() -> DeliverySchedule.parse(PATH, null, null, "Europe/Berlinn", null))
                .hasMessageContaining("subscriptions[2].timeZone").hasMessageContaining("'Europe/Berlinn'");
        assertThatThrownBy(() -> DeliverySchedule.parse(PATH, null, null, "+02:00", null))
                .as("an offset is not a zone: it knows no daylight-saving time").hasMessageContaining("subscriptions[2].timeZone");
        assertThatThrownBy(() -> DeliverySchedule.parse(PATH, null, null, null, new QuietHoursConfig("22:00", "25:00")))
                .hasMessageContaining("subscriptions[2].quietHours.to");
        assertThatThrownBy(() -> DeliverySchedule.parse(PATH, null, null, null, new QuietHoursConfig(null, "06:00")))
                .hasMessageContaining("subscriptions[2].quietHours");
        assertThatThrownBy(() -> DeliverySchedule.parse(PATH, null, null, null, new QuietHoursConfig("06:00", "06:00")))
                .hasMessageContaining("subscriptions[2].quietHours.to");
    }

    @Test
    void quietHoursCrossingMidnightIncludeFromAndExcludeTo() {
        DeliverySchedule schedule = DeliverySchedule.parse(PATH, null, null, "UTC", new QuietHoursConfig("22:00", "06:30"));

        assertThat(schedule.quiet(Instant.parse("2024-05-15T21:59:59Z"))).isFalse();
        assertThat(schedule.quiet(Instant.parse("2024-05-15T22:00:00Z"))).isTrue();
        assertThat(schedule.quiet(Instant.parse("2024-05-16T00:00:00Z"))).isTrue();
        assertThat(schedule.quiet(Instant.parse("2024-05-16T06:29:59Z"))).isTrue();
        assertThat(schedule.quiet(Instant.parse("2024-05-16T06:30:00Z"))).isFalse();
        assertThat(schedule.deliveryTime(Instant.parse("2024-05-15T23:10:00Z"))).isEqualTo(Instant.parse("2024-05-16T06:30:00Z"));
        assertThat(schedule.deliveryTime(Instant.parse("2024-05-16T12:00:00Z"))).isEqualTo(Instant.parse("2024-05-16T12:00:00Z"));
    }

    /**
     * The reference form: walk forward minute by minute on the local clock to the first minute at which
     * the mode sends and the quiet hours do not hold. Random instants over two years, so both changes
     * of daylight-saving time of two zones are crossed.
     */
    @Test
    void deliveryTimeIsTheFirstMinuteAMinuteByMinuteWalkFinds() {
        Random random = new Random(13);
        long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        for (String zone : new String[] {"Europe/Berlin", "America/New_York"}) {
            for (String mode : new String[] {"hourly", "daily", "immediate"}) {
                DeliverySchedule schedule = DeliverySchedule.parse(PATH, mode, mode.equals("daily") ? "07:30" : null, zone,
                        new QuietHoursConfig("22:00", "06:30"));
                for (int i = 0; i < 400; i++) {
                    Instant now = Instant.ofEpochSecond(start + (long) (random.nextDouble() * 2 * 365 * 86_400));
                    assertThat(schedule.deliveryTime(now)).as("%s %s at %s", mode, zone, now)
                            .isEqualTo(walk(mode, ZoneId.of(zone), now));
                }
            }
        }
    }

    private static Instant walk(String mode, ZoneId zone, Instant now) {
        if (mode.equals("immediate") && !quiet(now.atZone(zone).toLocalTime())) {
            return now;
        }
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        boolean modeDue = mode.equals("immediate");
        while (true) {
            ZonedDateTime local = minute.atZone(zone);
            modeDue = modeDue || switch (mode) {
                case "hourly" -> local.getMinute() == 0;
                // 07:30, or the first minute after it when the clock jumped over it
                case "daily" -> !local.toLocalTime().isBefore(LocalTime.of(7, 30))
                        && minute.minus(1, ChronoUnit.MINUTES).atZone(zone).toLocalTime().isBefore(LocalTime.of(7, 30));
                default -> true;
            };
            if (modeDue && !quiet(local.toLocalTime())) {
                return minute;
            }
            minute = minute.plus(1, ChronoUnit.MINUTES);
        }
    }

    private static boolean quiet(LocalTime time) {
        return !time.isBefore(LocalTime.of(22, 0)) || time.isBefore(LocalTime.of(6, 30));
    }
}
