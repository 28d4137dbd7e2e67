package com.retailstudio.app.cli;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.export.BundleFormatException;
import com.retailstudio.app.export.BundleValidator;
import com.retailstudio.app.export.TrustedKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks an export bundle on its own and names every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check an export bundle (folder or zip): manifest, the checksum of every file, references "
                + "between files, that every file comes from an approved item, and that no customer-level data is "
                + "inside.",
            "With --trust KEYS it also checks every signature: the exporter's signature of the manifest and each "
                    + "approval's signature of its document, made by a key in KEYS belonging to the named approver, "
                    + "who is not the author.",
            "Without --trust signatures are not checked, and it says so; it still exits 0 when all else is valid.",
            "Exits 0 when valid, 1 naming every problem."})
final class ValidateCommand implements Callable<Integer> {

    static final String NOT_CHECKED = "Signatures were not checked (no --trust KEYS file): anyone could have made "
            + "this bundle or edited it and fixed its checksums.";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR|ZIP", description = "The bundle to check.")
    private Path bundle;

    @Option(names = "--trust", paramLabel = "KEYS.json",
            description = "The trusted public keys (written by 'retail-studio keys export'); every signature must "
                    + "be made by one of them.")
    private Path trust;

    @Override
    public Integer call() {
        BundleValidator validator = new BundleValidator(DocumentChecks.forBundles());
        if (trust != null) {
            validator = validator.trusting(trustedKeys());
        }
        List<String> problems = validator.validate(bundle);
        PrintWriter out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println(bundle + " is a valid bundle" + (trust != null
                    ? "; every signature is made by a key in " + trust + "." : "."));
            if (trust == null) {
                out.println(NOT_CHECKED);
            }
            return 0;
        }
        problems.forEach(problem -> out.println("- " + problem));
        if (trust == null) {
            out.println(NOT_CHECKED);
        }
        throw new CommandFailure(bundle + " is not a valid bundle: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " listed above.");
    }

    private TrustedKeys trustedKeys() {
        try {
            return TrustedKeys.read(trust);
        } catch (NoSuchFileException e) {
            throw new CommandFailure("There is no trusted keys file " + trust + "; production keeps the one "
                    + "'retail-studio keys export' wrote.");
        } catch (IOException e) {
            throw new CommandFailure("Cannot read " + trust + ": " + e.getMessage(), e);
        } catch (BundleFormatException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
