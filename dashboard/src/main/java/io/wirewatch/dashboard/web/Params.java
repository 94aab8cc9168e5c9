package io.wirewatch.dashboard.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import io.wirewatch.dashboard.view.Query;

/** Reads a list request's query parameters; a malformed one is a 400 that names it. */
final class Params {

    private Params() {
    }

    /** Filters and page of a filtered list ({@code /api/stories}, {@code /api/claims}, {@code /api/alerts}). */
    static Query query(Context ctx) {
        return valid(() -> new Query(instant(ctx, "since"), instant(ctx, "until"), text(ctx, "rule"), text(ctx, "source"),
                text(ctx, "language"), text(ctx, "speaker"), text(ctx, "subscription"),
                integer(ctx, "offset", 0), integer(ctx, "limit", Query.DEFAULT_LIMIT)));
    }

    /** Only the page ({@code offset}, {@code limit}) of a list without filters ({@code /api/sources}). */
    static Query page(Context ctx) {
        return valid(() -> Query.page(integer(ctx, "offset", 0), integer(ctx, "limit", Query.DEFAULT_LIMIT)));
    }

    private static Query valid(Supplier<Query> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Instant instant(Context ctx, String name) {
        String value = text(ctx, name);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": not an ISO-8601 instant such as 2026-03-12T06:40:00Z", e);
        }
    }

    private static int integer(Context ctx, String name, int fallback) {
        String value = text(ctx, name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not an integer", e);
        }
    }
}
