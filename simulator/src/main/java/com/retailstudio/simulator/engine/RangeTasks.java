package com.retailstudio.simulator.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a task over consecutive ranges of {@code [0, size)} on a few threads and hands the results back in range
 * order, so a merge that takes them in that order does not depend on how many threads ran them.
 */
final class RangeTasks implements AutoCloseable {
    /** The work of one range {@code [from, to)}. */
    interface Task<T> {
        T run(int from, int to);
    }

    /** The work of range number {@code part}, {@code [from, to)}. */
    interface PartTask<T> {
        T run(int part, int from, int to);
    }

    private final int threads;
    private final String work;
    private final ExecutorService pool;

    /** With one thread every range runs on the caller's thread. */
    RangeTasks(int threads) {
        this(threads, "response-model-fit");
    }

    /** As above, naming the threads and any interruption after {@code work} (e.g. {@code portfolio-simulation}). */
    RangeTasks(int threads, String work) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.work = work;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, work);
            t.setDaemon(true);
            return t;
        });
    }

    int threads() {
        return threads;
    }

    /** Splits {@code [0, size)} into {@code ranges} consecutive ranges (fewer when size is smaller). */
    <T> List<T> map(int size, int ranges, Task<T> task) {
        return mapParts(size, ranges, (part, from, to) -> task.run(from, to));
    }

    /**
     * As {@link #map}, telling each task its range's number; the same size and number of ranges always give the same
     * ranges, so a second pass can find what the first one left for its range.
     */
    <T> List<T> mapParts(int size, int ranges, PartTask<T> task) {
        int parts = parts(size, ranges);
        List<T> results = new ArrayList<>(parts);
        if (pool == null) {
            for (int p = 0; p < parts; p++) {
                results.add(task.run(p, bound(size, parts, p), bound(size, parts, p + 1)));
            }
            return results;
        }
        List<Future<T>> futures = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int part = p;
            int from = bound(size, parts, p);
            int to = bound(size, parts, p + 1);
            futures.add(pool.submit(() -> task.run(part, from, to)));
        }
        try {
            for (Future<T> f : futures) {
                results.add(FutureResults.get(f));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(work + " was interrupted", e);
        }
        return results;
    }

    /** How many ranges {@link #map} splits {@code [0, size)} into when asked for {@code ranges}. */
    private static int parts(int size, int ranges) {
        return Math.max(1, Math.min(ranges, size));
    }

    private static int bound(int size, int parts, int p) {
        return (int) ((long) size * p / parts);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
