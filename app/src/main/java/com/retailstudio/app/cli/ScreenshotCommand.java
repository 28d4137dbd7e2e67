package com.retailstudio.app.cli;

import com.retailstudio.app.ui.render.SectionScreenshot;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.ui.shell.Theme;
import java.nio.file.Files;
import com.retailstudio.app.ui.WorkspaceSession;
import com.retailstudio.app.workspace.WorkspaceLocation;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Renders one section of the main window to a PNG, headless. */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = {"Render a section of the main window to a PNG without a display.",
            "Without --workspace it renders a fresh workspace, as on a first start."})
final class ScreenshotCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOptions workspace;

    @Option(names = "--view", required = true, paramLabel = "NAME",
            description = "Section to render: journeys, simulation, markdowns, layouts, data, approvals.")
    private String view;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    private Path out;

    @Option(names = "--width", defaultValue = "1280", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", defaultValue = "800", description = "Height in pixels (default: ${DEFAULT-VALUE}).")
    private int height;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark",
            description = "Theme to render in (default: ${DEFAULT-VALUE}).")
    private String theme;

    @Override
    public Integer call() throws Exception {
        Section section = Section.fromId(view).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown view '" + view + "'; choose one of: " + Section.idList() + "."));
        Theme chosenTheme = Theme.fromId(theme).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown theme '" + theme + "'; choose light or dark."));
        if (width < 640 || height < 400 || width > 7680 || height > 4320) {
            throw new ParameterException(spec.commandLine(),
                    "The size " + width + "x" + height + " is out of range; use 640x400 up to 7680x4320.");
        }
        Optional<WorkspaceLocation> named = workspace.location();
        Path scratch = null;
        if (named.isEmpty()) {
            scratch = Files.createTempDirectory("retail-studio-screenshot");
            named = Optional.of(new WorkspaceLocation.Folder(scratch));
        }
        SectionScreenshot.useHeadlessPlatform();
        SectionScreenshot.ensureToolkit();
        try (WorkspaceSession session = Sessions.open(named)) {
            SectionScreenshot.write(session.previewContext(), section, chosenTheme, width, height, out);
        }
        spec.commandLine().getOut().println("Wrote " + out.toAbsolutePath());
        return 0;
    }
}
