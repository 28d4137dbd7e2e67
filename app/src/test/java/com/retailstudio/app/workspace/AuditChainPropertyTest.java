package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/** Whatever the log holds, changing or deleting any one entry behind the application's back breaks the chain. */
@Tag("slow")
class AuditChainPropertyTest {

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    @Property(tries = 15)
    void anyOneEntryEditedOrDeletedIsFound(@ForAll @IntRange(min = 1, max = 12) int entries,
                                           @ForAll @IntRange(min = 0, max = 11) int pick,
                                           @ForAll @IntRange(min = 0, max = 4) int how) throws Exception {
        Path folder = Files.createTempDirectory("audit-chain-property");
        try {
            try (Workspace workspace = Workspace.open(folder)) {
                for (int i = 0; i < entries; i++) {
                    AuditEntry entry = AuditEntry.of(START.plusSeconds(i), i % 3 == 0 ? "ana" : "ben",
                            "document.saved", "journey", "j" + i % 4);
                    workspace.auditLog().append(i % 2 == 0 ? entry.withObjectVersion(i) : entry.withComment("c" + i));
                }
                assertTrue(workspace.auditLog().verify().intact());
            }
            long victim = pick % entries + 1;
            String change = switch (how) {
                case 0 -> "DELETE FROM audit_log WHERE id = " + victim;
                case 1 -> "UPDATE audit_log SET actor = 'mallory' WHERE id = " + victim;
                case 2 -> "UPDATE audit_log SET at = at + INTERVAL '1' SECOND WHERE id = " + victim;
                case 3 -> "UPDATE audit_log SET comment = COALESCE(comment, '') || '!' WHERE id = " + victim;
                default -> "UPDATE audit_log SET authenticated = TRUE WHERE id = " + victim;
            };
            try (Connection connection = DriverManager.getConnection(WorkspaceDatabase.urlFor(folder), "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP TRIGGER audit_log_append_only");
                statement.execute(change);
            }
            try (Workspace workspace = Workspace.open(folder)) {
                assertFalse(workspace.auditLog().verify().intact(), change + " among " + entries + " entries");
            }
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
