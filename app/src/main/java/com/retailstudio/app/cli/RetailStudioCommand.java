package com.retailstudio.app.cli;

import com.retailstudio.app.AppVersion;
import com.retailstudio.data.architecture.AllowedToUseStandardStreams;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `retail-studio`: with no subcommand it opens the desktop application; subcommands run headless jobs. */
@AllowedToUseStandardStreams("the command line owns the terminal")
@Command(name = "retail-studio",
        mixinStandardHelpOptions = true,
        versionProvider = RetailStudioCommand.Version.class,
        description = {
            "Design, simulate and export retail personalisation: journeys, markdowns and store layouts.",
            "Without a subcommand, opens the desktop application."},
        subcommands = {GenerateDataCommand.class, DataQualityCommand.class, DataCommand.class, JourneyCommand.class,
            PortfolioCommand.class,
            SimulateCommand.class, PlanMarkdownsCommand.class, LayoutReportCommand.class, ExportCommand.class,
            PlanCommand.class, WorkspaceCommand.class, AuditCommand.class,
            ValidateCommand.class, KeysCommand.class, ScreenshotCommand.class, BenchmarkStartupCommand.class,
            BenchmarkSectionsCommand.class, LayoutBenchmarkCommand.class, BenchmarkTeamCommand.class, PivotCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.", "1:The job failed (the reason is printed on standard error).",
            "2:Bad usage: an unknown option, a missing or invalid argument."})
public final class RetailStudioCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions workspace;

    @Option(names = DesktopArguments.CLOSE_AFTER_FIRST_FRAME, hidden = true,
            description = "Close the window once its first frame is drawn and print the start-up time (benchmark).")
    private boolean closeAfterFirstFrame;

    @Override
    public Integer call() throws Exception {
        return new DesktopLauncher(workspace.location()).launch(closeAfterFirstFrame);
    }

    /** Parses and runs the arguments, returning the process exit code. */
    public static int run(String... args) {
        PrintWriter err = new PrintWriter(System.err, true);
        Optional<DesktopArguments> desktop = DesktopArguments.parse(args);
        if (desktop.isPresent()) {
            try {
                return new DesktopLauncher(desktop.get().workspace()).launch(desktop.get().closeAfterFirstFrame());
            } catch (Exception e) {
                err.println("retail-studio: " + CommandFailure.describe(e));
                return CommandFailure.EXIT_JOB_FAILED;
            }
        }
        reportOutOfMemoryOnEveryThread();
        return execute(newCommandLine(new PrintWriter(System.out, true), err), args);
    }

    /** Runs the command line; a job that runs out of memory says how to give it more instead of a stack trace. */
    static int execute(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // the job's data is unreachable once its frames are gone, so there is memory again for one sentence
            commandLine.getErr().println("retail-studio: " + outOfMemory(Runtime.getRuntime().maxMemory()));
            return CommandFailure.EXIT_JOB_FAILED;
        }
    }

    /**
     * A thread of a command-line job that runs out of memory ends the job with the one sentence that says how to give
     * it more, not with the JVM's stack trace; anything else is reported as the JVM would. (Not for the desktop,
     * whose window stays open to keep working in.)
     */
    private static void reportOutOfMemoryOnEveryThread() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof OutOfMemoryError) {
                System.err.println("retail-studio: " + outOfMemory(Runtime.getRuntime().maxMemory()));
                Runtime.getRuntime().halt(CommandFailure.EXIT_JOB_FAILED);
            }
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            error.printStackTrace();
        });
    }

    private static boolean causedByRunningOutOfMemory(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** "The job ran out of memory: …": how much Java was allowed, and how to give it twice as much. */
    static String outOfMemory(long maxHeapBytes) {
        long megabytes = Math.max(1, maxHeapBytes >> 20);
        long twice = megabytes * 2;
        String option = twice >= 1024 ? "-Xmx" + (twice + 1023) / 1024 + "g" : "-Xmx" + twice + "m";
        return "The job ran out of memory: it needs more than the " + String.format(Locale.ROOT, "%,d",
                megabytes) + " MB Java was allowed to use; run it again with twice as much, "
                + "RETAIL_STUDIO_JAVA_OPTS=" + option + " ./retail-studio …, or on a smaller data set.";
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new RetailStudioCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (causedByRunningOutOfMemory(exception)) {
                // a worker thread's OutOfMemoryError, handed on wrapped in the job's own exception
                line.getErr().println("retail-studio: " + outOfMemory(Runtime.getRuntime().maxMemory()));
                return CommandFailure.EXIT_JOB_FAILED;
            }
            line.getErr().println("retail-studio: " + CommandFailure.describe(exception));
            if (System.getenv("RETAIL_STUDIO_DEBUG") != null) {
                exception.printStackTrace(line.getErr());
            }
            return CommandFailure.EXIT_JOB_FAILED;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            PrintWriter errors = exception.getCommandLine().getErr();
            errors.println("retail-studio: " + exception.getMessage());
            errors.println("Run '" + exception.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return CommandFailure.EXIT_BAD_USAGE;
        });
        return commandLine;
    }

    /** Reads the version stamped into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Retail Studio " + AppVersion.current(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
