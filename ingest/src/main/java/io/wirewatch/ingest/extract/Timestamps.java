package io.wirewatch.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Lenient parsing of the timestamp forms pages use in metadata. */
final class Timestamps {

    /** German publishers without an offset mean their local time. */
    private static final ZoneId PUBLISHER_ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z");

    private Timestamps() {
    }

    /** ISO-8601 with offset, with "Z", without offset (publisher's zone) or a bare date; null when unreadable. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(text, OFFSET_WITHOUT_COLON).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(text).atZone(PUBLISHER_ZONE).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(text).atStartOfDay(PUBLISHER_ZONE).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
