package com.retailstudio.simulator.spark;

import com.retailstudio.simulator.cli.ProgressLine;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Prints a {@link ProgressLine} for every Spark stage submitted and every task that finishes in it, naming the phase
 * of the run from the job's description ({@link SparkSimulation} describes each job by its phase's key). Spark calls a
 * listener from one thread of its listener bus, so the counts need no lock.
 */
final class SparkProgress extends SparkListener {

    private final PrintStream out;
    private final Map<Integer, ProgressLine.Phase> phaseOfStage = new HashMap<>();
    private final Map<Integer, int[]> tasksOfStage = new HashMap<>();

    SparkProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onJobStart(SparkListenerJobStart job) {
        String description = job.properties() == null ? null : job.properties().getProperty("spark.job.description");
        ProgressLine.Phase phase = phaseNamed(description);
        for (Object stage : CollectionConverters.asJava(job.stageIds())) {
            phaseOfStage.put((Integer) stage, phase);
        }
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        int stage = submitted.stageInfo().stageId();
        int[] tasks = {0, submitted.stageInfo().numTasks()};
        tasksOfStage.put(stage, tasks);
        print(stage, tasks);
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        int[] tasks = tasksOfStage.get(end.stageId());
        if (tasks != null && end.reason() == Success$.MODULE$) {
            tasks[0]++;
            print(end.stageId(), tasks);
        }
    }

    private void print(int stage, int[] tasks) {
        out.println(new ProgressLine(phaseOfStage.getOrDefault(stage, ProgressLine.Phase.READ), stage, tasks[0],
                tasks[1]).format());
    }

    /** The phase a job description names; a job described otherwise (or not at all) reads the data. */
    static ProgressLine.Phase phaseNamed(String description) {
        for (ProgressLine.Phase phase : ProgressLine.Phase.values()) {
            if (phase.key().equals(description)) {
                return phase;
            }
        }
        return ProgressLine.Phase.READ;
    }
}
