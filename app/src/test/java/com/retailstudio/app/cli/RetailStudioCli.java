package com.retailstudio.app.cli;

import com.retailstudio.testsupport.CommandLineHarness;

/** The {@code retail-studio} command line as the tests run it: in-process, its output captured per run. */
final class RetailStudioCli {

    private RetailStudioCli() {
    }

    static CommandLineHarness harness() {
        return new CommandLineHarness((out, err, args) -> RetailStudioCommand.newCommandLine(out, err).execute(args));
    }

    /** As {@code main} runs it: a job that runs out of memory ends with the one sentence that says how to give more. */
    static CommandLineHarness asMainRunsIt() {
        return new CommandLineHarness((out, err, args) ->
                RetailStudioCommand.execute(RetailStudioCommand.newCommandLine(out, err), args));
    }
}
