package io.wirewatch.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a body as it arrives on the wire and cancels the download as soon as it passes the cap,
 * so an endless or huge response costs at most {@code maxBytes} of memory.
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {

    /** Thrown (inside the future) when the wire body passes the cap. */
    static final class CapExceeded extends RuntimeException {
        CapExceeded() {
            super("body exceeds cap", null, false, false);
        }
    }

    private final long maxBytes;
    private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBodySubscriber(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A subscriber for a body whose declared Content-Length is already past the cap: reads nothing. */
    static CappedBodySubscriber refusing() {
        return new CappedBodySubscriber(-1);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (maxBytes < 0) {
            subscription.cancel();
            body.completeExceptionally(new CapExceeded());
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            if (collected.size() + (long) buffer.remaining() > maxBytes) {
                subscription.cancel();
                body.completeExceptionally(new CapExceeded());
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            collected.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        body.complete(collected.toByteArray());
    }
}
