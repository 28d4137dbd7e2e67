package com.retailstudio.app.cli;

import com.retailstudio.data.quality.DataQualityChecker;
import com.retailstudio.data.quality.DataQualityReport;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Checks a data set and prints its quality report; exits 1 when the data set has errors. */
@Command(name = "data-quality", mixinStandardHelpOptions = true,
        description = {"Check a data set: row counts, completeness, validity, duplicates, freshness, consent coverage "
                + "and the first problems with file:line.",
            "Exits 0 when the data set is usable, 1 when it has errors."})
final class DataQualityCommand implements Callable<Integer> {

    /** How the report is printed. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        DataQualityReport report = DataQualityChecker.check(data.resolve(), Clock.systemUTC());
        spec.commandLine().getOut().println(format == Format.json ? report.toJson() : report.toText());
        return report.usable() ? 0 : CommandFailure.EXIT_JOB_FAILED;
    }
}
