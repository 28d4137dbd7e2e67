package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing Retail Studio process with SIGKILL at several moments and checks that the workspace reopens with
 * every batch the process reported as committed, complete, and no part of any other batch.
 */
@Tag("slow")
class WorkspaceCrashSafetyTest {

    /** How many batches to see committed before each kill: early, mid-run, and after the child has warmed up. */
    private static final int[] KILL_AFTER_COMMITS = {1, 7, 25};

    @TempDir
    Path temp;

    @Test
    void aWriterKilledMidTransactionLeavesOnlyCompleteBatchesAndKeepsEveryReportedCommit() throws Exception {
        Path folder = temp.resolve("workspace");
        int reportedSoFar = -1;
        for (int round = 0; round < KILL_AFTER_COMMITS.length; round++) {
            List<Integer> reported = new ArrayList<>();
            try (ChildJvm writer = ChildJvm.start(temp.resolve("writer-" + round + ".err"),
                    WorkspaceChildProcess.class, "write", folder.toString())) {
                while (reported.size() < KILL_AFTER_COMMITS[round]) {
                    reported.add(committedBatch(writer.nextLine(Duration.ofSeconds(15))));
                }
                // Let it run on for a moment that differs per round, so the kill lands at different points.
                Thread.sleep(3L * round);
                writer.kill();
                for (String line : writer.remainingLines()) {
                    reported.add(committedBatch(line));
                }
            }
            for (int i = 1; i < reported.size(); i++) {
                assertEquals(reported.get(i - 1) + 1, reported.get(i), "round " + round
                        + ": the child reports batches one by one, so the test lost some of its output: " + reported);
            }
            int lastReported = reported.get(reported.size() - 1);
            assertTrue(lastReported > reportedSoFar, "round " + round + " made no progress");

            try (Workspace reopened = Workspace.open(folder)) {
                assertOnlyCompleteBatches(reopened, lastReported, round);
            }
            reportedSoFar = lastReported;
        }
    }

    private static int committedBatch(String line) {
        assertTrue(line.startsWith("committed "), "unexpected child output: " + line);
        return Integer.parseInt(line.substring("committed ".length()));
    }

    private static void assertOnlyCompleteBatches(Workspace workspace, int lastReported, int round) {
        List<DocumentVersion> documents = workspace.documents().list(WorkspaceChildProcess.KIND);
        Map<Integer, Long> membersPerBatch = documents.stream().collect(Collectors.groupingBy(
                document -> WorkspaceChildProcess.batchOf(document.id()), TreeMap::new, Collectors.counting()));
        int lastStored = membersPerBatch.isEmpty() ? -1 : ((TreeMap<Integer, Long>) membersPerBatch).lastKey();

        assertTrue(lastStored >= lastReported,
                "round " + round + ": batch " + lastReported + " was reported committed but only up to "
                        + lastStored + " is stored");
        assertTrue(lastStored <= lastReported + 1,
                "round " + round + ": batches up to " + lastStored + " are stored but the child reported only up to "
                        + lastReported + "; at most the batch being written at the kill may be unreported");
        for (int batch = 0; batch <= lastStored; batch++) {
            assertEquals(WorkspaceChildProcess.BATCH_SIZE, membersPerBatch.getOrDefault(batch, 0L),
                    "round " + round + ": batch " + batch + " is incomplete");
        }
        long auditEntries = workspace.auditLog().query(AuditQuery.all().forObjectType(WorkspaceChildProcess.KIND))
                .size();
        assertEquals(documents.size(), auditEntries,
                "round " + round + ": every stored document version has exactly its audit entry");
    }
}
