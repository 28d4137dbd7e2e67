package com.retailstudio.app.cli;

import com.retailstudio.testsupport.CommandLineHarness;

/** The {@code retail-studio} command line as the tests run it: in-process, its output captured per run. */
final class RetailStudioCli {

    private RetailStudioCli() {
    }

    static CommandLineHarness harness() {
        return new CommandLineHarness((out, err, args) -> RetailStudioCommand.newCommandLine(out, err).execute(args));
    }
}
