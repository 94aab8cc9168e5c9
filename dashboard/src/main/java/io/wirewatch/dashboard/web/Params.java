package io.wirewatch.dashboard.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import io.wirewatch.dashboard.view.Query;

/** Reads a list request's query parameters; a malformed one is a 400 that names it. */
final class Params {

    private Params() {
    }

    /** The filters each list takes: a filter it does not take is refused, not silently ignored (a typo would list all). */
    static final List<String> STORY_FILTERS = List.of("since", "until", "rule", "source", "language");
    static final List<String> CLAIM_FILTERS = List.of("since", "until", "rule", "source", "language", "speaker");
    static final List<String> ALERT_FILTERS = List.of("since", "until", "rule", "source", "language", "subscription");
    private static final List<String> PAGE = List.of("offset", "limit");

    /**
     * Filters and page of a filtered list ({@code /api/stories}, {@code /api/claims}, {@code /api/alerts}), which
     * takes the {@code filters} named.
     */
    static Query query(Context ctx, List<String> filters) {
        onlyKnown(ctx, filters);
        return valid(() -> new Query(instant(ctx, "since"), instant(ctx, "until"), text(ctx, "rule"), text(ctx, "source"),
                text(ctx, "language"), text(ctx, "speaker"), text(ctx, "subscription"),
                integer(ctx, "offset", 0), integer(ctx, "limit", Query.DEFAULT_LIMIT)));
    }

    /** Only the page ({@code offset}, {@code limit}) of a list without filters ({@code /api/sources}). */
    static Query page(Context ctx) {
        onlyKnown(ctx, List.of());
        return valid(() -> Query.page(integer(ctx, "offset", 0), integer(ctx, "limit", Query.DEFAULT_LIMIT)));
    }

    private static void onlyKnown(Context ctx, List<String> filters) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!filters.contains(name) && !PAGE.contains(name)) {
                List<String> accepted = new ArrayList<>(filters);
                accepted.addAll(PAGE);
                throw new BadRequestResponse(name + ": not a parameter of " + ctx.path() + " (it takes " + String.join(", ", accepted) + ")");
            }
        }
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
