package com.retailstudio.app.cli;

import com.retailstudio.app.AppVersion;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.export.BundleExporter;
import com.retailstudio.app.export.ExportedBundle;
import com.retailstudio.app.export.NothingToExportException;
import com.retailstudio.app.signing.SigningKeyException;
import com.retailstudio.app.workspace.DataSetFingerprint;
import com.retailstudio.app.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Exports the workspace's approved items as a bundle that production decisioning can trust. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export every approved item of the workspace as a versioned bundle (a folder, or a zip with "
                + "--zip): manifest.json with checksums and provenance, signed with your key (see 'retail-studio "
                + "keys'), the documents, and a README.",
            "Check a bundle with 'retail-studio validate'."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOptions workspace;

    @Option(names = "--out", required = true, paramLabel = "DIR|FILE.zip", description = "Where to write the bundle.")
    private Path out;

    @Option(names = "--zip", description = "Write a zip file instead of a folder.")
    private boolean zip;

    @Option(names = "--as", paramLabel = "USER", description = "Who exports (default: the workspace's user).")
    private String actor;

    @Option(names = "--data", paramLabel = "DIR|sample",
            description = "Simulate each journey on this data set for the README's predictions and record its "
                    + "fingerprint in the manifest (default: the workspace's active data set).")
    private String data;

    @Override
    public Integer call() throws Exception {
        try (Workspace opened = Sessions.openWorkspace(workspace.locationOrDefault())) {
            String who = People.acting(opened, actor);
            BundleExporter exporter = new BundleExporter(opened, new ReviewWorkflow(opened, DocumentChecks.forReview()),
                    Clock.systemUTC(), AppVersion.current());
            if (data != null) {
                Path folder = DataFolderOption.resolve(data);
                exporter = exporter.onDataSet(DataFolderOption.SAMPLE.equals(data) ? "Bundled sample"
                        : folder.getFileName().toString(), folder, DataSetFingerprint.of(folder));
            }
            ExportedBundle bundle;
            try {
                bundle = exporter.export(out, zip, who);
            } catch (NothingToExportException e) {
                throw new CommandFailure(e.getMessage(), e);
            } catch (IOException e) {
                if (e.getCause() instanceof SigningKeyException) {
                    throw new CommandFailure(e.getMessage(), e); // one sentence: what to do about the key
                }
                throw e;
            }
            spec.commandLine().getOut().println("Exported " + bundle.manifest().items().size() + " approved item(s) "
                    + "as bundle " + bundle.manifest().bundleId() + " to " + bundle.location());
            bundle.manifest().items().stream().filter(item -> item.approvalSignature().isEmpty()).forEach(item ->
                    spec.commandLine().getOut().println("Note: " + item.describe() + " was approved before approvals "
                            + "were signed, so 'validate --trust' will refuse the bundle; approve a new version."));
        }
        return 0;
    }
}
