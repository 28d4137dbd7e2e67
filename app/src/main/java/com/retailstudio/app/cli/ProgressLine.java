package com.retailstudio.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Shows a job's progress on standard error: rewritten in place on a terminal, a line per 10 % otherwise. */
final class ProgressLine {

    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private int lastTenth = -1;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    synchronized void update(double fraction, String message) {
        int percent = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
        if (terminal) {
            err.printf(Locale.ROOT, "\r%3d%%  %-60.60s", percent, message);
            err.flush();
        } else if (percent / 10 != lastTenth) {
            lastTenth = percent / 10;
            err.printf(Locale.ROOT, "%3d%%  %s%n", percent, message);
        }
    }

    synchronized void finish() {
        if (terminal) {
            err.println();
        }
    }
}
