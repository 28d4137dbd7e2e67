package com.retailstudio.simulator.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One machine-readable progress line of a simulation run in another process ({@code retail-studio-spark simulate
 * --progress}): which phase of the run, and how many of a Spark stage's tasks have finished. The runner prints them
 * on standard output between its other lines; the desktop reads them into the Simulation section's progress bar.
 *
 * <pre>retail-studio-progress phase=simulate stage=4 tasks=3/8</pre>
 *
 * @param phase what the run is doing (a {@link Phase}'s name)
 * @param stage the Spark stage, 0 before any
 */
public record ProgressLine(Phase phase, int stage, int tasksDone, int tasksTotal) {

    /** Where a line of progress starts; any other line is not one. */
    public static final String PREFIX = "retail-studio-progress ";
    private static final Pattern LINE = Pattern.compile(Pattern.quote(PREFIX)
            + "phase=([a-z]+) stage=(\\d+) tasks=(\\d+)/(\\d+)");

    /**
     * The phases of a run in their order, with the share of the progress bar each ends at: simulating the customers
     * is most of the work.
     */
    public enum Phase {
        START("starting Spark", 0.02),
        READ("reading the data set", 0.08),
        FIT("fitting the response model", 0.2),
        SIMULATE("simulating the customers", 0.97),
        WRITE("writing the report", 1);

        private final String words;
        private final double endsAt;

        Phase(String words, double endsAt) {
            this.words = words;
            this.endsAt = endsAt;
        }

        private double startsAt() {
            return ordinal() == 0 ? 0 : values()[ordinal() - 1].endsAt;
        }

        /** How a job description names the phase ({@code simulate}). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ProgressLine {
        if (stage < 0 || tasksDone < 0 || tasksTotal < 0) {
            throw new IllegalArgumentException("stage and tasks must be 0 or more");
        }
    }

    /** A phase that runs no Spark stage yet (starting, reading on the driver). */
    public static ProgressLine of(Phase phase) {
        return new ProgressLine(phase, 0, 0, 0);
    }

    public String format() {
        return PREFIX + "phase=" + phase.key() + " stage=" + stage + " tasks=" + tasksDone + "/" + tasksTotal;
    }

    /** The progress in a line of the runner's output; empty for every other line (a summary, a log line). */
    public static Optional<ProgressLine> parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Phase phase = Phase.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return Optional.of(new ProgressLine(phase, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4))));
        } catch (IllegalArgumentException unknownPhaseOrTooLarge) {
            return Optional.empty();
        }
    }

    /** How far the whole run is, 0 to 1: the phase's share of the bar filled by the share of its tasks done. */
    public double fraction() {
        double tasks = tasksTotal == 0 ? 0 : Math.min(1, (double) tasksDone / tasksTotal);
        return phase.startsAt() + (phase.endsAt - phase.startsAt()) * tasks;
    }

    /** One line for the user: "Spark (local[2]): simulating the customers, 3 of 8 tasks". */
    public String describe(String master) {
        String text = "Spark (" + master + "): " + phase.words;
        return tasksTotal == 0 ? text + "…" : String.format(Locale.ROOT, "%s, %,d of %,d tasks", text, tasksDone,
                tasksTotal);
    }
}
