package com.retailstudio.app.cli;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.dataset.DataSetReads;
import com.retailstudio.app.segments.DataSetAudience;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.lint.JourneyOverlap;
import com.retailstudio.designer.lint.PortfolioOverlap;
import com.retailstudio.designer.model.Journey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints which journeys can message the same customer on the same day, and how many customers of the data both. */
@Command(name = "lint", mixinStandardHelpOptions = true, description = {
        "Warn about every pair of journeys that can message the same customer on the same day, naming both and how "
                + "many customers of the data set meet both journeys' entry conditions.",
        "The journeys are the files given with --file, else the newest saved version of each journey in the "
                + "workspace. Exits 0 (the findings are warnings)."})
final class PortfolioLintCommand extends ReviewCommands.Step {
    @Mixin
    private DataFolderOption data;
    @Option(names = "--file", paramLabel = "JOURNEY.json",
            description = "A journey file to check instead of the workspace's journeys; repeat for each journey.")
    private List<Path> files = new ArrayList<>();

    @Override
    ReviewCommands.Kind kind() {
        return PortfolioCommand.PORTFOLIO;
    }

    @Override
    public Integer call() {
        Path folder = data.resolve();
        List<JourneyOverlap> overlaps = ReviewCommands.inWorkspace(workspace, session -> {
            List<Journey> journeys = files.isEmpty() ? workspaceJourneys(session)
                    : files.stream().map(JourneyCommand::read).toList();
            DataSetAudience counts = new DataSetAudience(() -> Optional.of(folder), DataSetReads.of(session)::audience);
            List<JourneyOverlap> found = PortfolioOverlap.check(journeys, counts::count);
            out().println("Checked " + journeys.size() + (journeys.size() == 1 ? " journey" : " journeys") + " on "
                    + folder + ".");
            return found;
        });
        overlaps.forEach(overlap -> out().println(overlap.toFinding().toLine()));
        out().println(overlaps.isEmpty() ? "No two journeys can message the same customer on the same day."
                : overlaps.size() + (overlaps.size() == 1 ? " pair of journeys" : " pairs of journeys")
                + " can message the same customer on the same day.");
        return 0;
    }

    /** The newest saved version of every journey in the workspace; one that does not read stops the lint. */
    private static List<Journey> workspaceJourneys(Workspace session) {
        List<Journey> journeys = new ArrayList<>();
        for (DocumentVersion version : session.documents().list(DocumentChecks.JOURNEY)) {
            try {
                journeys.add(JourneyJson.parse(version.body()));
            } catch (JourneyFormatException e) {
                throw new CommandFailure("Journey " + version.id() + " v" + version.version() + " cannot be read: "
                        + e.getMessage(), e);
            }
        }
        return journeys;
    }
}
