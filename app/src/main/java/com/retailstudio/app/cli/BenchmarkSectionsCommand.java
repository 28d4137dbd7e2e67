package com.retailstudio.app.cli;

import com.retailstudio.app.dataset.ColumnarCopies;
import com.retailstudio.app.dataset.DataSetReads;
import com.retailstudio.app.ui.SectionOpenings;
import com.retailstudio.app.ui.SectionOpenings.Opened;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times what a section does between the active data set being set and its first content: the section's own view
 * model, reading through the workspace's imported copy as the desktop does, its work run on this thread.
 */
@Command(name = "benchmark-sections", mixinStandardHelpOptions = true,
        description = {"Measure how long each section takes to show its first content for a data set: Markdowns "
                + "(its plan), Store layouts (the first store's heatmap and recommendations) and Data (its quality "
                + "report), as the desktop opens them, reading the workspace's imported copy when it has one.",
            "Run once per section for a cold figure: the first open in a JVM includes loading its classes."})
final class BenchmarkSectionsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Mixin
    private WorkspaceOptions workspace;

    @Option(names = "--section", paramLabel = "NAME", split = ",",
            description = "Sections to open, in order: ${COMPLETION-CANDIDATES} (default: markdowns,layouts).")
    private List<Opened> sections = new ArrayList<>(List.of(Opened.markdowns, Opened.layouts));

    @Option(names = "--runs", defaultValue = "1", description = "Opens of each section (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new CommandFailure("--runs must be at least 1, not " + runs + ".");
        }
        Path folder = data.resolve();
        DataSetReads reads = new DataSetReads(ColumnarCopies.datasets(workspace.locationOrDefault()));
        boolean copy = reads.copyOf(folder).isPresent();
        spec.commandLine().getOut().printf(Locale.ROOT, "sections opening %s, %s%n", folder,
                copy ? "from its imported copy" : "from its CSV files (no imported copy in this workspace)");
        for (Opened section : sections) {
            for (int run = 1; run <= runs; run++) {
                long started = System.nanoTime();
                String shown = SectionOpenings.open(section, folder, reads, workspace.locationOrDefault());
                spec.commandLine().getOut().printf(Locale.ROOT, "  %-9s open %d: %,6d ms  (%s)%n", section, run,
                        (System.nanoTime() - started) / 1_000_000, shown);
            }
        }
        return 0;
    }
}
