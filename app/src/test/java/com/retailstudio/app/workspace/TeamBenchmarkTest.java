package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The team benchmark does what docs/benchmarks.md says it measures (its figures come from the command, not here). */
@Tag("slow")
class TeamBenchmarkTest {

    @Test
    void clientsSaveSubmitAndApproveEachOthersWorkAndFindEveryWriteOfTheirOwn() throws Exception {
        PostgresTestServer postgres = PostgresTestServer.get();

        TeamBenchmark.Result result = TeamBenchmark.run(postgres.newWorkspace(), PostgresTestServer.PROMPT, 3, 2);

        assertEquals(0, result.lostUpdates(), result.describe());
        assertTrue(result.saves() > 0 && result.approvals() > 0, result.describe());
        assertTrue(result.saveP95Millis() >= result.saveP50Millis(), result.describe());
    }

    @Test
    void itRunsOnlyAgainstAServerOnThisMachine() {
        WorkspaceLocation.Server remote = new WorkspaceLocation.Server("db.example.com", 5432, "retail",
                Optional.of("admin"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TeamBenchmark.run(remote, PostgresTestServer.PROMPT, 20, 60));

        assertTrue(refused.getMessage().contains("only against a server on this machine"), refused.getMessage());
    }
}
