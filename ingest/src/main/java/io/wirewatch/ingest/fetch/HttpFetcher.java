package io.wirewatch.ingest.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one URL with {@link HttpClient}, applying a {@link FetchPolicy}. Thread-safe; one instance
 * is shared by all sources so that the per-host limit and the conditional-GET memory are shared too.
 */
public final class HttpFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** Headers that the client sets itself; a per-source header may not override them. */
    private static final Set<String> RESTRICTED_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "accept-encoding");

    private final FetchPolicy policy;
    private final AddressGuard guard;
    private final HttpClient client;
    /** For guarded requests: connects plain HTTP to the address the guard checked ({@link AddressPinning}). */
    private final HttpClient pinnedClient;
    private final ValidatorCache validators;
    /** Validators are kept per final URL; this finds it again for {@link #forget}. */
    private final Map<URI, URI> redirectedTo = new ConcurrentHashMap<>();
    private final HostLimiter hostLimiter;

    public HttpFetcher(FetchPolicy policy) {
        this(policy, new AddressGuard(policy.allowPrivateAddresses()));
    }

    public HttpFetcher(FetchPolicy policy, AddressGuard guard) {
        this(policy, guard, ValidatorCache.inMemory());
    }

    /** A fetcher whose conditional-GET validators live in the given cache (e.g. one persisted in the state directory). */
    public HttpFetcher(FetchPolicy policy, ValidatorCache validators) {
        this(policy, new AddressGuard(policy.allowPrivateAddresses()), validators);
    }

    public HttpFetcher(FetchPolicy policy, AddressGuard guard, ValidatorCache validators) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.validators = Objects.requireNonNull(validators, "validators");
        this.hostLimiter = new HostLimiter(policy.perHostConcurrency());
        // Redirects are followed by hand so that every hop is counted and guarded.
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.pinnedClient = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(new AddressPinning(guard))
                .build();
    }

    public FetchPolicy policy() {
        return policy;
    }

    /**
     * Fetches the request's URL, following redirects.
     *
     * @throws RetryLaterException        on 429 or 503
     * @throws BlockedAddressException    when an untrusted URL or a redirect target points inside the network
     * @throws ResponseTooLargeException  when the body passes the size cap
     * @throws TooManyRedirectsException  when the redirect limit is passed
     * @throws FetchException             on any other failure (status, I/O, timeout)
     */
    public FetchResult fetch(FetchRequest request) throws FetchException {
        URI current = request.uri();
        requireHttp(current);
        boolean guarded = !request.trusted();
        if (guarded) {
            guard.check(current);
        }
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = exchange(current, request, guarded ? pinnedClient : client);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (redirects >= policy.maxRedirects()) {
                    throw new TooManyRedirectsException(request.uri(), status, policy.maxRedirects());
                }
                URI next = redirectTarget(current, response);
                // A redirect is content too: only a hop that stays on the operator's own host keeps its trust.
                if (!request.trusted() || !sameHost(request.uri(), next)) {
                    guard.check(next);
                    guarded = true;
                }
                current = next;
                continue;
            }
            return interpret(request, current, response);
        }
    }

    /**
     * Forgets the validators of a URL, so that its next conditional fetch downloads it whole. For a caller
     * that could not finish with a body it fetched (e.g. publishing failed): a 304 must not hide it.
     */
    public void forget(URI url) {
        validators.forget(url);
        URI redirected = redirectedTo.remove(url);
        if (redirected != null) {
            validators.forget(redirected);
        }
    }

    private FetchResult interpret(FetchRequest request, URI current, HttpResponse<byte[]> response)
            throws FetchException {
        int status = response.statusCode();
        if (status == 304) {
            return new FetchResult.NotModified(request.uri());
        }
        if (status == 429 || status == 503) {
            throw new RetryLaterException(current, status,
                    parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if (status < 200 || status > 299) {
            throw new FetchException(current, status, "HTTP " + status);
        }
        byte[] body;
        try {
            body = ContentDecoder.decode(response.body(),
                    response.headers().firstValue("Content-Encoding").orElse(null), policy.maxBytes());
        } catch (ContentDecoder.DecodedTooLarge e) {
            throw new ResponseTooLargeException(current, status, policy.maxBytes());
        } catch (IOException e) {
            throw new FetchException(current, status, "cannot decode body: " + e.getMessage(), e);
        }
        if (!current.equals(request.uri())) {
            redirectedTo.put(request.uri(), current);
        }
        validators.remember(current, new ValidatorCache.Validators(
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null)));
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        return new FetchResult.Fetched(request.uri(), current, status, contentType, ContentTypes.charsetOf(contentType), body);
    }

    private HttpResponse<byte[]> exchange(URI url, FetchRequest request, HttpClient via) throws FetchException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(policy.readTimeout())
                .header("User-Agent", policy.userAgent())
                .header("Accept-Encoding", "gzip, deflate");
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            if (!RESTRICTED_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                builder.setHeader(header.getKey(), header.getValue());
            }
        }
        if (request.conditional()) {
            validators.get(url).ifPresent(v -> {
                if (v.etag() != null) {
                    builder.header("If-None-Match", v.etag());
                }
                if (v.lastModified() != null) {
                    builder.header("If-Modified-Since", v.lastModified());
                }
            });
        }
        HostLimiter.Permit permit;
        try {
            permit = hostLimiter.acquire(url.getHost());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, FetchException.NO_STATUS, "interrupted while waiting for a free slot", e);
        }
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = via.sendAsync(builder.build(), this::bodyHandler);
        } catch (AddressPinning.Refused e) {
            permit.release();
            throw e.blocked();
        }
        try {
            // The request timeout only covers the headers; this bounds the body download as well.
            return future.get(policy.connectTimeout().plus(policy.readTimeout()).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(url, FetchException.NO_STATUS, "timed out after " + policy.readTimeout().toSeconds() + "s", e);
        } catch (ExecutionException e) {
            throw translate(url, e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(url, FetchException.NO_STATUS, "interrupted", e);
        } finally {
            permit.release();
        }
    }

    private HttpResponse.BodySubscriber<byte[]> bodyHandler(HttpResponse.ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > policy.maxBytes()) {
            // Refuse before reading: the server told us it is too big.
            return CappedBodySubscriber.refusing();
        }
        return new CappedBodySubscriber(policy.maxBytes());
    }

    private FetchException translate(URI url, Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof AddressPinning.Refused refused) {
                return refused.blocked();
            }
        }
        if (cause instanceof CappedBodySubscriber.CapExceeded) {
            return new ResponseTooLargeException(url, FetchException.NO_STATUS, policy.maxBytes());
        }
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return new FetchException(url, FetchException.NO_STATUS, "timed out: " + cause.getMessage(), cause);
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FetchException(url, FetchException.NO_STATUS, detail, cause);
    }

    private static URI redirectTarget(URI current, HttpResponse<byte[]> response) throws FetchException {
        String location = response.headers().firstValue("Location").orElseThrow(() ->
                new FetchException(current, response.statusCode(), "redirect without Location header"));
        URI next;
        try {
            next = current.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new FetchException(current, response.statusCode(), "invalid redirect target '" + location + "'", e);
        }
        requireHttp(next);
        return next;
    }

    private static void requireHttp(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url, FetchException.NO_STATUS, "only http and https URLs can be fetched");
        }
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost());
    }

    /** Retry-After is either delta-seconds or an HTTP date; anything else counts as "not said". */
    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
