package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandGroupTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "audit     | verify",
        "keys      | list, export or new",
        "plan      | import, list, submit, approve, request-changes or archive",
        "journey   | lint, template, diff, import, list, submit, approve, request-changes or archive",
        "data      | import",
        "workspace | init or grant"})
    void aGroupRunAloneIsBadUsageNamingItsSubcommandsInOrder(String group, String subcommands) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RetailStudioCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(group);

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("Choose a subcommand: " + subcommands + "."), err.toString());
        assertEquals("", out.toString());
    }
}
