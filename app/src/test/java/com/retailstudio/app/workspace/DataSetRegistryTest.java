package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetRegistryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String FINGERPRINT_A = "a".repeat(64);
    private static final String FINGERPRINT_B = "b".repeat(64);

    @TempDir
    Path temp;

    private Workspace workspace;
    private DataSetRegistry registry;

    @BeforeEach
    void open() {
        workspace = Workspace.open(temp.resolve("ws"), Clock.fixed(NOW, ZoneOffset.UTC));
        registry = workspace.dataSets();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anEmptyWorkspaceHasNoActiveDataSet() {
        assertEquals(Optional.empty(), registry.active());
        assertEquals(List.of(), registry.list());
    }

    @Test
    void registeringStoresTheDataSetAndMakesItTheOnlyActiveOne() {
        RegisteredDataSet sample = registry.register("Bundled sample", temp.resolve("sample"), FINGERPRINT_A);
        RegisteredDataSet generated = registry.register("Generated 1M", temp.resolve("generated"), FINGERPRINT_B);

        assertEquals(new RegisteredDataSet(generated.id(), "Generated 1M", temp.resolve("generated").toString(), FINGERPRINT_B,
                NOW, true), generated);
        assertEquals(Optional.of(generated), registry.active());
        assertEquals(List.of(false, true), registry.list().stream().map(RegisteredDataSet::active).toList());
        assertFalse(registry.find(sample.id()).orElseThrow().active());
    }

    @Test
    void activatingAnotherDataSetDeactivatesThePreviousOne() {
        RegisteredDataSet sample = registry.register("Bundled sample", temp.resolve("sample"), FINGERPRINT_A);
        registry.register("Generated", temp.resolve("generated"), FINGERPRINT_B);

        RegisteredDataSet activated = registry.activate(sample.id());

        assertTrue(activated.active());
        assertEquals(Optional.of(activated), registry.active());
        assertEquals(1, registry.list().stream().filter(RegisteredDataSet::active).count());
    }

    @Test
    void activatingAnUnknownIdFailsAndLeavesTheActiveDataSetAlone() {
        RegisteredDataSet sample = registry.register("Bundled sample", temp.resolve("sample"), FINGERPRINT_A);

        WorkspaceException error = assertThrows(WorkspaceException.class, () -> registry.activate(999));

        assertEquals("There is no data set with id 999 in the workspace.", error.getMessage());
        assertEquals(Optional.of(sample), registry.active());
    }

    @Test
    void registeringFromAFolderFingerprintsItsFiles() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("csv"));
        Files.writeString(folder.resolve("customers.csv"), "id\n1\n");

        RegisteredDataSet registered = registry.register("My CSVs", folder);

        assertEquals(DataSetFingerprint.of(folder), registered.fingerprint());
    }

    @Test
    void registrationAndActivationAreAudited() {
        workspace.settings().put(SettingsStore.DISPLAY_NAME, "Dana");
        RegisteredDataSet sample = registry.register("Bundled sample", temp.resolve("sample"), FINGERPRINT_A);
        registry.register("Generated", temp.resolve("generated"), FINGERPRINT_B);
        registry.activate(sample.id());

        List<AuditRecord> audit = workspace.auditLog().query(AuditQuery.all().forObject("dataset",
                Long.toString(sample.id())));

        assertEquals(List.of(DataSetRegistry.ACTIVATED, DataSetRegistry.REGISTERED),
                audit.stream().map(record -> record.entry().action()).toList());
        assertEquals("Dana", audit.get(0).entry().actor());
    }

    @Test
    void aMalformedFingerprintIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> registry.register("Bad", temp.resolve("x"), "not-a-sha-256"));
    }

    @Test
    void theDatabaseRejectsASecondActiveDataSetEvenThroughPlainJdbc() throws SQLException {
        registry.register("Bundled sample", temp.resolve("sample"), FINGERPRINT_A);
        RegisteredDataSet generated = registry.register("Generated", temp.resolve("generated"), FINGERPRINT_B);
        workspace.close();

        try (Connection connection = DriverManager.getConnection(WorkspaceDatabase.urlFor(temp.resolve("ws")), "sa",
                "");
             Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE data_sets SET active = TRUE"));
        }

        workspace = Workspace.open(temp.resolve("ws"));
        assertEquals(generated.id(), workspace.dataSets().active().orElseThrow().id());
    }
}
