package com.retailstudio.simulator.ui;

/**
 * How the Simulation section runs long work: off the JavaFX thread in the application (the status bar shows the
 * progress and offers cancel), on the calling thread in tests. This module cannot see the application's executor.
 */
@FunctionalInterface
public interface SimulationRunner {

    void start(String title, Work work);

    /** The work itself; it reports through and checks {@link Progress} between steps. */
    @FunctionalInterface
    interface Work {
        void run(Progress progress);
    }

    /** Progress as a fraction in 0..1 (negative when unknown) with a short message, and the user's cancel. */
    interface Progress {
        void update(double fraction, String message);

        boolean isCancelled();

        Progress SILENT = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
