package io.wirewatch.bench.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.wirewatch.processor.copies.CandidateIndex;

/**
 * The prototype of a key-partitioned candidate lookup (docs/profile.md, "The target and the single ordered partition"): P shards,
 * each a production {@link CandidateIndex} that holds only the candidate keys (LSH bands and anchors) which
 * {@link #shardOf hash to it}, each on its own thread. The ordered stage hands every article's keys to the shards in
 * its order ({@link #lookUpAndAdd}); each shard answers with the articles that share its keys of it and then lists the
 * article under them, so that it is a candidate for the articles after it, exactly as the single index in the ordered
 * task does. {@link Pending#candidates} merges the P answers ({@link KeyShardAnswer#merge}).
 *
 * <p>A shard sees the articles in the ordered stage's order (one queue per shard, one ordered producer), so each key
 * lists the same articles as in the single index, including which one a full key drops; the merged candidates
 * equal the single index's for any P ({@code KeyShardsTest}). The ordered stage may hand on articles ahead of the one
 * it decides, as the topology would feed the shards from the fingerprinting tasks: the answers do not depend on it.
 *
 * <p>Not thread-safe on the calling side: one ordered thread hands on, removes and collects.
 */
final class KeyShards implements AutoCloseable {

    private static final int QUEUE = 1024;
    /**
     * Work for a shard is handed on this many items at a time (or when the ordered side waits for an answer not yet
     * handed on): a hand-off that finds the shard's thread parked wakes it, which costs the ordered side a system call.
     */
    static final int BATCH = 16;
    private static final Runnable STOP = () -> { };

    private final int shards;
    private final List<BlockingQueue<Runnable>> inboxes = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final CandidateIndex[] indexes;
    private final List<List<Runnable>> batches = new ArrayList<>();

    KeyShards(int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("at least one shard: " + shards);
        }
        this.shards = shards;
        this.indexes = new CandidateIndex[shards];
        for (int s = 0; s < shards; s++) {
            indexes[s] = new CandidateIndex();
            batches.add(new ArrayList<>(BATCH));
            BlockingQueue<Runnable> inbox = new ArrayBlockingQueue<>(QUEUE);
            inboxes.add(inbox);
            Thread thread = new Thread(() -> run(inbox), "key-shard-" + s);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** The shard that owns a key: Fibonacci hashing of the key (itself a hash), so that keys spread evenly. */
    static int shardOf(long key, int shards) {
        return (int) (((key * 0x9E37_79B9_7F4A_7C15L) >>> 33) % shards);
    }

    /** The keys of each shard, in their order among the given ones. */
    static long[][] split(long[] keys, int shards) {
        int[] counts = new int[shards];
        for (long key : keys) {
            counts[shardOf(key, shards)]++;
        }
        long[][] split = new long[shards][];
        for (int s = 0; s < shards; s++) {
            split[s] = new long[counts[s]];
        }
        int[] filled = new int[shards];
        for (long key : keys) {
            int s = shardOf(key, shards);
            split[s][filled[s]++] = key;
        }
        return split;
    }

    /** Asks every shard for the articles sharing the article's keys, then lists it under them; answers come later. */
    Pending lookUpAndAdd(String articleId, long[] keys) {
        long[][] split = split(keys, shards);
        Pending pending = new Pending(this, shards);
        for (int s = 0; s < shards; s++) {
            CandidateIndex index = indexes[s];
            long[] own = split[s];
            KeyShardAnswer answer = pending.answers[s];
            send(s, () -> {
                try {
                    index.forEachSharing(own, articleId, answer::add);
                    answer.sortById();
                    index.add(articleId, own);
                } catch (RuntimeException e) {
                    pending.failure = e;
                } finally {
                    pending.done.countDown();
                }
            });
        }
        return pending;
    }

    /** Takes the article off its keys in every shard (a retirement or a new version), after what was handed on before. */
    void remove(String articleId, long[] keys) {
        long[][] split = split(keys, shards);
        for (int s = 0; s < shards; s++) {
            CandidateIndex index = indexes[s];
            long[] own = split[s];
            send(s, () -> index.remove(articleId, () -> own));
        }
    }

    private void send(int shard, Runnable work) {
        List<Runnable> batch = batches.get(shard);
        batch.add(work);
        if (batch.size() >= BATCH) {
            handOn(shard);
        }
    }

    /** Hands on what is waiting in every shard's batch. */
    void flush() {
        for (int s = 0; s < shards; s++) {
            handOn(s);
        }
    }

    private void handOn(int shard) {
        List<Runnable> batch = batches.get(shard);
        if (batch.isEmpty()) {
            return;
        }
        Runnable[] work = batch.toArray(Runnable[]::new);
        batch.clear();
        put(shard, () -> {
            for (Runnable item : work) {
                item.run();
            }
        });
    }

    private void put(int shard, Runnable work) {
        try {
            inboxes.get(shard).put(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing work to key shard " + shard, e);
        }
    }

    private static void run(BlockingQueue<Runnable> inbox) {
        try {
            for (Runnable work = inbox.take(); work != STOP; work = inbox.take()) {
                work.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The shards' threads, for their CPU time. */
    List<Thread> threads() {
        return List.copyOf(threads);
    }

    @Override
    public void close() {
        flush();
        for (int s = 0; s < shards; s++) {
            put(s, STOP);
        }
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The P answers of one article, to be merged once all are in. */
    static final class Pending {

        private final KeyShards owner;
        private final KeyShardAnswer[] answers;
        private final CountDownLatch done;
        /** What a shard threw for this article, if anything: the ordered side rethrows it rather than wait forever. */
        private volatile RuntimeException failure;

        private Pending(KeyShards owner, int shards) {
            this.owner = owner;
            answers = new KeyShardAnswer[shards];
            for (int s = 0; s < shards; s++) {
                answers[s] = new KeyShardAnswer();
            }
            done = new CountDownLatch(shards);
        }

        /** Waits for every shard's answer and merges them: the candidates the single index would give. */
        List<String> candidates(int limit) {
            if (done.getCount() > 0) {
                owner.flush();
            }
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the key shards' answers", e);
            }
            if (failure != null) {
                throw new IllegalStateException("a key shard failed to answer: " + failure.getMessage(), failure);
            }
            return KeyShardAnswer.merge(answers, limit);
        }
    }
}
