package com.retailstudio.app.cli;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.export.BundleValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks an export bundle on its own and names every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check an export bundle (folder or zip): manifest, the checksum of every file, references "
                + "between files, and that no customer-level data is inside.",
            "Exits 0 when valid, 1 naming every problem."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR|ZIP", description = "The bundle to check.")
    private Path bundle;

    @Override
    public Integer call() {
        List<String> problems = new BundleValidator(DocumentChecks.forBundles()).validate(bundle);
        PrintWriter out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println(bundle + " is a valid bundle.");
            return 0;
        }
        problems.forEach(problem -> out.println("- " + problem));
        throw new CommandFailure(bundle + " is not a valid bundle: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " listed above.");
    }
}
