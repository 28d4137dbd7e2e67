package com.retailstudio.data.columnar;

import com.retailstudio.data.io.WorkerFailure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Writes the consent and event partitions on up to {@code threads} threads. Each partition is one file written by one
 * thread from its own spill, so the files are the same whichever thread writes them. Helper threads start as soon as
 * the partitions' rows are all read (the scanning thread still has the last files to read); the scanning thread joins
 * in at {@link #finish}. Only the scanning thread talks to the import's listener: helpers add up rows, and the first
 * failure of any thread stops the others at their next progress step.
 */
final class PartitionJobs implements AutoCloseable {

    /** Writes one partition, reporting rows written to {@code written} every few thousand rows. */
    @FunctionalInterface
    interface Job {
        void write(int partition, IntConsumer written) throws IOException;
    }

    private final int partitions;
    private final Job job;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong written = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final List<Thread> helpers = new ArrayList<>();
    private volatile boolean stopped;

    /** Starts {@code threads - 1} helper threads at once. */
    PartitionJobs(int partitions, int threads, Job job) {
        this.partitions = partitions;
        this.job = job;
        for (int t = 1; t < Math.min(threads, partitions); t++) {
            Thread helper = new Thread(this::help, "columnar-import-" + t);
            helper.setDaemon(true);
            helpers.add(helper);
            helper.start();
        }
    }

    int partitions() {
        return partitions;
    }

    /** Partitions completely written so far. */
    int done() {
        return done.get();
    }

    /** Rows written so far by every thread. */
    long written() {
        return written.get();
    }

    /**
     * Writes the partitions no helper has taken on the calling thread, then waits for the helpers; {@code progress}
     * runs on the calling thread first, every few thousand rows and while it waits, and may stop everything by throwing.
     */
    void finish(Runnable progress) throws IOException {
        progress.run();
        try {
            try {
                writeRemaining(rows -> {
                    written.addAndGet(rows);
                    stopIfAnotherFailed();
                    progress.run();
                });
            } catch (CancellationException e) {
                rethrowFailure(); // a helper's own error rather than the stop it caused
                throw e;
            }
            for (Thread helper : helpers) {
                while (helper.isAlive()) {
                    helper.join(200);
                    rethrowFailure();
                    progress.run();
                }
            }
            rethrowFailure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while partitions were written");
        }
    }

    private void help() {
        try {
            writeRemaining(rows -> {
                written.addAndGet(rows);
                stopIfAnotherFailed();
            });
        } catch (IOException | RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            stopped = true;
        }
    }

    private void stopIfAnotherFailed() {
        if (stopped) {
            throw new CancellationException("another thread of the import stopped");
        }
    }

    private void writeRemaining(IntConsumer written) throws IOException {
        int partition;
        while (!stopped && (partition = next.getAndIncrement()) < partitions) {
            job.write(partition, written);
            done.incrementAndGet();
        }
    }

    private void rethrowFailure() throws IOException {
        WorkerFailure.rethrow(failure.get());
    }

    /** Stops the helpers and waits until none writes any more, so the caller may delete what they wrote. */
    @Override
    public void close() {
        stopped = true;
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (helper.isAlive()) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
