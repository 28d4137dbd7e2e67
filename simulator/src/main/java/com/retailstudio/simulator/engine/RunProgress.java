package com.retailstudio.simulator.engine;

/** What a long simulation tells its caller as it goes, and how the caller stops it. */
public interface RunProgress {

    /** {@code done} of {@code total} customers have been run (called from the partitions' threads). */
    void customersDone(long done, long total);

    /** Whether the caller wants the run stopped; checked between small batches of customers. */
    boolean cancelled();

    /** Reports nothing and never stops. */
    RunProgress NONE = new RunProgress() {
        @Override
        public void customersDone(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
