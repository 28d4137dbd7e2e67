package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.testsupport.CommandLineHarness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandGroupTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "audit     | verify",
        "keys      | list, export or new",
        "plan      | import, list, submit, approve, request-changes or archive",
        "journey   | lint, template, diff, import, list, submit, approve, request-changes or archive",
        "data      | import or history",
        "workspace | init or grant"})
    void aGroupRunAloneIsBadUsageNamingItsSubcommandsInOrder(String group, String subcommands) {
        CommandLineHarness cli = RetailStudioCli.harness();
        int exit = cli.run(group);

        assertEquals(2, exit, cli.err());
        assertTrue(cli.err().contains("Choose a subcommand: " + subcommands + "."), cli.err());
        assertEquals("", cli.out());
    }
}
