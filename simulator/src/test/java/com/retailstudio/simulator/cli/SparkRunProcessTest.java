package com.retailstudio.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.SimulationSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop's side of a Spark run, with real short processes standing in for the Spark runner (a shell script that
 * prints what the runner prints): progress handed on, the runner's own error, and a cancel that kills the process
 * tree and leaves no scratch file behind.
 */
@Tag("slow") // starts processes (scripts standing in for the Spark runner); fast: ProgressLineTest
class SparkRunProcessTest {
    private static final Journey JOURNEY = JourneyTemplates.load("winback").orElseThrow();
    private static final SimulationSettings SETTINGS = SimulationSettings.defaults(7)
            .withQuietHours(SimulationSettings.QuietHoursMode.DROP).withTrace(Set.of("C2", "C1"), 1)
            .withReasonTraces(3);

    @TempDir
    Path folder;

    /** A launcher that runs {@code script} with the runner's arguments as $1, $2, …; it writes them to args.txt. */
    private SparkRunProcess.Launcher script(String script) {
        return new SparkRunProcess.Launcher(List.of("bash", "-c",
                "printf '%s\\n' \"$@\" > '" + folder.resolve("args.txt") + "'\n" + script, "retail-studio-spark"));
    }

    /** The value after {@code option} in the arguments the script was given. */
    private String argument(String option) throws IOException {
        List<String> args = Files.readAllLines(folder.resolve("args.txt"));
        return args.get(args.indexOf(option) + 1);
    }

    @Test
    void everySettingIsPassedAndProgressLinesAreHandedOnAndAFailureSaysTheRunnersSentence() throws Exception {
        List<ProgressLine> seen = new CopyOnWriteArrayList<>();
        IOException failed = assertThrows(IOException.class, () -> SparkRunProcess.run(script("""
                echo 'retail-studio-progress phase=start stage=0 tasks=0/0'
                echo 'Some other line'
                echo 'retail-studio-progress phase=simulate stage=3 tasks=2/4'
                echo '12:00:01 WARN SparkContext: something' >&2
                echo 'retail-studio-spark: The data folder /nowhere does not exist or is not a folder.' >&2
                exit 1
                """), "local[2]", Path.of("/nowhere"), JOURNEY, SETTINGS, 3, progress(seen, false)));

        assertEquals("The Spark run failed (exit 1): The data folder /nowhere does not exist or is not a folder.",
                failed.getMessage());
        assertEquals(List.of(ProgressLine.of(ProgressLine.Phase.START),
                new ProgressLine(ProgressLine.Phase.SIMULATE, 3, 2, 4)), seen);
        List<String> args = Files.readAllLines(folder.resolve("args.txt"));
        assertEquals("simulate", args.get(0));
        assertEquals("local[2]", argument("--master"));
        assertEquals("3", argument("--partitions"));
        assertEquals("7", argument("--seed"));
        assertEquals("drop", argument("--quiet-hours"));
        assertEquals("advance", argument("--capped"));
        assertEquals("1", argument("--trace-first"));
        assertEquals("3", argument("--examples"));
        assertTrue(args.containsAll(List.of("--trace", "C1", "C2", "--progress")), args.toString());
        assertFalse(Files.exists(Path.of(argument("--journey")).getParent()), "the scratch folder is gone");
    }

    @Test
    void aRunFileWrittenByTheRunnerIsTheRunShown() throws Exception {
        SimulationRun run = SparkRunProcess.run(script("""
                echo 'retail-studio-progress phase=write stage=0 tasks=0/0'
                while [ "$1" != --run-file ]; do shift; done
                cp '%s' "$2"
                """.formatted(writtenRun())), "local[2]", folder, JOURNEY, SETTINGS, 2, progress(new CopyOnWriteArrayList<>(), false));

        assertEquals(4, run.customers());
        assertEquals(3, run.partitions());
        assertEquals(null, run.simulator());
    }

    @Test
    void cancellingKillsTheProcessTreeAndLeavesNothing() throws Exception {
        Path pids = folder.resolve("pids.txt");
        List<ProgressLine> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean cancel = new AtomicBoolean();
        SparkRunProcess.Progress progress = new SparkRunProcess.Progress() {
            @Override
            public void update(ProgressLine line) {
                seen.add(line);
                cancel.set(line.phase() == ProgressLine.Phase.SIMULATE);
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        assertThrows(CancellationException.class, () -> SparkRunProcess.run(script("""
                sleep 120 &
                echo "$$ $!" > '%s'
                while [ "$1" != --report ]; do shift; done
                echo 'half a report' > "$2"
                echo 'retail-studio-progress phase=simulate stage=3 tasks=1/4'
                wait
                """.formatted(pids)), "local[2]", folder, JOURNEY, SETTINGS, 2, progress));

        for (String pid : Files.readString(pids).strip().split(" ")) {
            assertFalse(ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false),
                    "process " + pid + " was killed");
        }
        assertFalse(Files.exists(Path.of(argument("--report"))), "no partial report");
        assertFalse(Files.exists(Path.of(argument("--report")).getParent()), "the scratch folder is gone");
    }

    /** A run file as the runner writes it. */
    private Path writtenRun() throws IOException {
        Path file = folder.resolve("written.run");
        SimulationRun run = SimulationRun.execute(JOURNEY, CustomerData.of(List.of(), List.of(),
                EventTable.builder(List.of(), List.of()).build()), SETTINGS, 3, 1, 0);
        RunFile.write(file, new SimulationRun(run.results(), run.model(), 4, 10, 1, 2, 3, 4, 5, 3, 1,
                run.simulator()));
        return file;
    }

    private static SparkRunProcess.Progress progress(List<ProgressLine> seen, boolean cancelled) {
        return new SparkRunProcess.Progress() {
            @Override
            public void update(ProgressLine line) {
                seen.add(line);
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
    }
}
