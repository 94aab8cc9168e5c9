package io.wirewatch.dashboard.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.sse.SseClient;

import io.wirewatch.dashboard.DashboardConfig;
import io.wirewatch.dashboard.pipeline.PipelineInfo;
import io.wirewatch.dashboard.pipeline.SourceHealthUnavailableException;
import io.wirewatch.dashboard.pipeline.SourcePoll;
import io.wirewatch.dashboard.pipeline.SourceStatus;
import io.wirewatch.dashboard.view.ChangeLog;
import io.wirewatch.dashboard.view.Page;
import io.wirewatch.dashboard.view.Query;
import io.wirewatch.dashboard.view.Views;
import io.wirewatch.events.Json;

/**
 * The dashboard's HTTP server: read-only (only GET is routed), JSON under {@code /api}, server-sent
 * events at {@code /api/events}, the page at {@code /}. See {@code docs/dashboard.md}.
 */
public final class DashboardServer implements AutoCloseable {

    /** No inline script or style, nothing from elsewhere: hostile titles can run nothing even if one slipped into markup. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** Header of list answers: the newest event id whose change they include. */
    static final String EVENT_ID_HEADER = "Wirewatch-Event-Id";
    private static final String WEB = "/io/wirewatch/dashboard/web/";
    private static final Pattern ASSET = Pattern.compile("[a-z][a-z0-9-]*\\.(js|css)");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "html", "text/html; charset=utf-8");

    /** Changes that may wait for one event-stream client; one that falls further behind is disconnected. */
    static final int EVENTS_QUEUED_PER_CLIENT = 1_000;
    /** Event streams open at once: each has a thread of its own. */
    static final int MAX_EVENT_STREAMS = 200;

    private final Views views;
    private final ChangeLog changes;
    private final Optional<BearerToken> token;
    private final Set<EventSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicLong sessionNumber = new AtomicLong();
    private final Javalin app;

    /** A server that knows nothing beyond the topics (no configured sources, subscriptions or poll health). */
    public DashboardServer(DashboardConfig config, Views views, ChangeLog changes) {
        this(config, views, changes, PipelineInfo.none());
    }

    /** Creates and starts the server; throws when the configuration is unsafe (see {@link DashboardConfig#validate}). */
    public DashboardServer(DashboardConfig config, Views views, ChangeLog changes, PipelineInfo pipeline) {
        config.validate();
        this.views = views;
        this.changes = changes;
        this.token = Optional.ofNullable(config.token()).map(BearerToken::new);
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.routes.before(this::guard);
            c.routes.get("/", ctx -> resource(ctx, "index.html"));
            c.routes.get("/assets/{name}", ctx -> resource(ctx, ctx.pathParam("name")));
            c.routes.get("/api/stories", ctx -> json(eventId(ctx), views.stories(Params.query(ctx, Params.STORY_FILTERS))));
            c.routes.get("/api/stories/{id}", ctx -> json(ctx, views.story(ctx.pathParam("id"))
                    .orElseThrow(() -> new NotFoundResponse("no story with this id in the view"))));
            c.routes.get("/api/claims", ctx -> json(eventId(ctx), views.claims(Params.query(ctx, Params.CLAIM_FILTERS))));
            c.routes.get("/api/alerts", ctx -> json(eventId(ctx), views.alerts(Params.query(ctx, Params.ALERT_FILTERS))));
            c.routes.get("/api/sources", ctx -> json(ctx, sources(pipeline, Params.page(ctx))));
            c.routes.get("/api/subscriptions", ctx -> json(ctx, Map.of("items", pipeline.subscriptions())));
            c.routes.sse("/api/events", this::events);
            c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            c.routes.error(404, "*", ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "not found");
                }
            });
        });
        app.start();
    }

    /** The port the server listens on (useful when configured as 0). */
    public int port() {
        return app.port();
    }

    /**
     * One page of the sources, by id, with their poll health; when that cannot be had from ingest, the
     * sources without it and {@code pollHealthError} saying why. The page has the shape of every list's
     * ({@link Page}), with {@code pollHealth} beside it.
     */
    private ObjectNode sources(PipelineInfo pipeline, Query page) {
        Map<String, SourcePoll> health = Map.of();
        String error = null;
        if (pipeline.health().isPresent()) {
            try {
                health = pipeline.health().get().get();
            } catch (SourceHealthUnavailableException e) {
                error = e.getMessage();
            }
        }
        ObjectNode body = Json.mapper().valueToTree(page.slice(SourceStatus.merge(views.sources(), pipeline.sources(), health)));
        body.put("pollHealth", pipeline.health().isPresent());
        if (error != null) {
            body.put("pollHealthError", error);
        }
        return body;
    }

    /** Event streams open now. */
    int eventStreams() {
        return sessions.size();
    }

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        // The page and its assets carry no data; the API does, so only it needs the token.
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
            if (token.isPresent() && !token.get().accepts(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer");
                error(ctx, 401, "a bearer token is required");
                ctx.skipRemainingHandlers();
            } else if (ctx.path().equals("/api/events") && sessions.size() >= MAX_EVENT_STREAMS) {
                error(ctx, 503, "too many event streams open (" + MAX_EVENT_STREAMS + ")");
                ctx.skipRemainingHandlers();
            }
        }
    }

    /**
     * Marks a list with the newest change id before it was read: every change up to it is in the
     * list, so a page that buffered events during the load applies only those after it.
     */
    private Context eventId(Context ctx) {
        return ctx.header(EVENT_ID_HEADER, Long.toString(changes.lastId()));
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(Json.write(value));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, Map.of("status", status, "error", message));
    }

    private static void resource(Context ctx, String name) throws IOException {
        if (!name.equals("index.html") && !ASSET.matcher(name).matches()) {
            throw new NotFoundResponse("no such file");
        }
        try (InputStream in = DashboardServer.class.getResourceAsStream(WEB + name)) {
            if (in == null) {
                throw new NotFoundResponse("no such file");
            }
            ctx.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1))).result(in.readAllBytes());
        }
    }

    /**
     * One live client: first what it missed since its {@code Last-Event-ID} (or a {@code reset} event
     * when that is no longer kept), then every change, in order, from its own {@link EventSession}.
     */
    private void events(SseClient client) {
        client.keepAlive();
        EventSession session = new EventSession(client, changes, lastEventId(client.ctx().header("Last-Event-ID")),
                EVENTS_QUEUED_PER_CLIENT, "wirewatch-dashboard-sse-" + sessionNumber.incrementAndGet(), sessions::remove);
        sessions.add(session);
        session.start();
    }

    private static long lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public void close() throws InterruptedException {
        sessions.forEach(EventSession::end);
        app.stop();
    }
}
