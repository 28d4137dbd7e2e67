package com.retailstudio.ui.task;

/** What long work is told: how far it is, and whether the user has cancelled it. */
public interface ProgressReporter {

    /** Reports progress as a fraction in 0..1 (or negative when unknown) with a short message. */
    void update(double fraction, String message);

    boolean isCancelled();

    ProgressReporter SILENT = new ProgressReporter() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
