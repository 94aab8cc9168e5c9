package io.wirewatch.alerts.digest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import io.wirewatch.alerts.QuietHoursConfig;

/**
 * When a subscription's notifications go out: at once ({@code immediate}), as an hourly digest at
 * each full local hour, or as a daily digest at a local time ({@code digestAt}); in every mode,
 * nothing inside the quiet hours, which end with one digest of what they held. All local times
 * are in the subscription's IANA time zone, so a daily digest at 07:30 Europe/Berlin stays at
 * 07:30 local across a change of daylight-saving time. A local time that a clock change skips
 * is moved forward by the length of the gap (as {@link ZonedDateTime#of} does). Pure and immutable.
 */
public final class DeliverySchedule {

    public static final String IMMEDIATE = "immediate";
    public static final String HOURLY = "hourly";
    public static final String DAILY = "daily";
    public static final LocalTime DEFAULT_DIGEST_AT = LocalTime.of(8, 0);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final String mode;
    private final LocalTime digestAt;
    private final ZoneId zone;
    private final LocalTime quietFrom;
    private final LocalTime quietTo;

    private DeliverySchedule(String mode, LocalTime digestAt, ZoneId zone, LocalTime quietFrom, LocalTime quietTo) {
        this.mode = mode;
        this.digestAt = digestAt;
        this.zone = zone;
        this.quietFrom = quietFrom;
        this.quietTo = quietTo;
    }

    /**
     * Checks and reads a subscription's delivery keys.
     *
     * @param path key path for messages, e.g. {@code subscriptions[0]}
     * @throws IllegalArgumentException naming the offending key
     */
    public static DeliverySchedule parse(String path, String mode, String digestAt, String timeZone, QuietHoursConfig quiet) {
        String m = mode == null ? IMMEDIATE : mode;
        if (!(m.equals(IMMEDIATE) || m.equals(HOURLY) || m.equals(DAILY))) {
            throw new IllegalArgumentException(path + ".mode: unknown mode '" + mode + "' (immediate, hourly or daily)");
        }
        if (digestAt != null && !m.equals(DAILY)) {
            throw new IllegalArgumentException(path + ".digestAt: only with mode 'daily', mode is '" + m + "'");
        }
        LocalTime at = digestAt == null ? DEFAULT_DIGEST_AT : time(path + ".digestAt", digestAt);
        ZoneId zone = zone(path + ".timeZone", timeZone == null ? "UTC" : timeZone);
        LocalTime from = null;
        LocalTime to = null;
        if (quiet != null) {
            if (quiet.from() == null || quiet.to() == null) {
                throw new IllegalArgumentException(path + ".quietHours: needs both 'from' and 'to'");
            }
            from = time(path + ".quietHours.from", quiet.from());
            to = time(path + ".quietHours.to", quiet.to());
            if (from.equals(to)) {
                throw new IllegalArgumentException(path + ".quietHours.to: must differ from 'from' (" + quiet.from() + ")");
            }
        }
        return new DeliverySchedule(m, at, zone, from, to);
    }

    /** The default: every notification at once, no quiet hours. */
    public static DeliverySchedule immediate() {
        return new DeliverySchedule(IMMEDIATE, DEFAULT_DIGEST_AT, ZoneId.of("UTC"), null, null);
    }

    /** True when every notification goes out as it comes: mode immediate and no quiet hours. */
    public boolean passesThrough() {
        return mode.equals(IMMEDIATE) && quietFrom == null;
    }

    public String mode() {
        return mode;
    }

    public ZoneId zone() {
        return zone;
    }

    /** When a notification made at {@code now} may go out: {@code now} itself, or the time of the digest that takes it. */
    public Instant deliveryTime(Instant now) {
        Instant planned = planned(now);
        return quiet(planned) ? next(quietTo, planned) : planned;
    }

    /** True when quiet hours hold a notification made at {@code now} past the time its mode alone would send it. */
    public boolean heldByQuietHours(Instant now) {
        return quiet(planned(now));
    }

    /** The mode's time, quiet hours aside: now, the next full local hour or the next {@code digestAt}. */
    private Instant planned(Instant now) {
        return switch (mode) {
            case HOURLY -> now.atZone(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
            case DAILY -> next(digestAt, now);
            default -> now;
        };
    }

    /** True when {@code instant} falls inside the quiet hours (from inclusive, to exclusive). */
    public boolean quiet(Instant instant) {
        if (quietFrom == null) {
            return false;
        }
        LocalTime local = instant.atZone(zone).toLocalTime();
        boolean afterFrom = !local.isBefore(quietFrom);
        boolean beforeTo = local.isBefore(quietTo);
        return quietFrom.isBefore(quietTo) ? afterFrom && beforeTo : afterFrom || beforeTo;
    }

    /** The first instant after {@code after} at which the local clock shows {@code time}. */
    private Instant next(LocalTime time, Instant after) {
        ZonedDateTime local = after.atZone(zone);
        ZonedDateTime candidate = ZonedDateTime.of(local.toLocalDate(), time, zone);
        if (!candidate.toInstant().isAfter(after)) {
            candidate = ZonedDateTime.of(local.toLocalDate().plusDays(1), time, zone);
        }
        return candidate.toInstant();
    }

    private static LocalTime time(String key, String text) {
        try {
            return LocalTime.parse(text, HH_MM);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + ": not a time of day HH:mm (00:00 to 23:59), was '" + text + "'", e);
        }
    }

    private static ZoneId zone(String key, String id) {
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw new IllegalArgumentException(key + ": not an IANA time zone (e.g. Europe/Berlin, UTC), was '" + id + "'");
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(key + ": not an IANA time zone, was '" + id + "'", e);
        }
    }
}
