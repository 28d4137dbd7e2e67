package com.retailstudio.app.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workspace of one test, of the kind the test class runs on ({@link OnBothWorkspaces}): a fresh H2 folder, or a
 * fresh database on the test PostgreSQL. People are told apart as each kind does it: on H2 by the display name of the
 * one workspace a process may open, on PostgreSQL by a connection per login (with the designer and reviewer roles).
 */
public final class TestWorkspaces implements AutoCloseable {

    /** The two kinds of workspace. */
    public enum Kind {
        H2,
        POSTGRESQL
    }

    private final Kind kind;
    private final Path folder;
    private WorkspaceLocation.Server server;
    private final Map<String, Workspace> openByPerson = new LinkedHashMap<>();
    private final List<Workspace> opened = new ArrayList<>();

    TestWorkspaces(Kind kind) {
        this.kind = kind;
        try {
            this.folder = Files.createTempDirectory("retail-studio-test-workspace");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Kind kind() {
        return kind;
    }

    public boolean isPostgres() {
        return kind == Kind.POSTGRESQL;
    }

    /** A folder for the test's other files (bundles, data sets). */
    public Path folder() {
        return folder;
    }

    /**
     * The workspace as whoever runs the tests: on H2 the operating-system user (no display name set), on PostgreSQL
     * the login {@code tester}.
     */
    public Workspace open(Clock clock) {
        if (kind == Kind.H2) {
            Workspace open = openByPerson.get("");
            if (open == null || isClosed(open)) {
                open = Workspace.open(folder.resolve("workspace"), clock);
                openByPerson.put("", open);
                opened.add(open);
            }
            return open;
        }
        return as("tester", clock);
    }

    public Workspace open() {
        return open(Clock.systemUTC());
    }

    /** The workspace as the person, opened with the clock; the same workspace again until it is closed. */
    public Workspace as(String person, Clock clock) {
        Workspace open = openByPerson.get(kind == Kind.H2 ? "" : person);
        if (open == null || isClosed(open)) {
            open = kind == Kind.H2 ? Workspace.open(folder.resolve("workspace"), clock) : openServer(person, clock);
            openByPerson.put(kind == Kind.H2 ? "" : person, open);
            opened.add(open);
        }
        if (kind == Kind.H2) {
            open.settings().put(SettingsStore.DISPLAY_NAME, person);
        }
        return open;
    }

    public Workspace as(String person) {
        return as(person, Clock.systemUTC());
    }

    private Workspace openServer(String person, Clock clock) {
        PostgresTestServer postgres = PostgresTestServer.get();
        if (server == null) {
            server = postgres.newWorkspace();
        }
        postgres.login(person, TeamRole.DESIGNER, TeamRole.REVIEWER);
        return Workspace.openServer(server.as(person), clock, ServerCredentials.standard(PostgresTestServer.PROMPT),
                false);
    }

    /** A second, independent workspace handle for the person (another process, as far as the database can tell). */
    public Workspace anotherProcessAs(String person) {
        if (kind == Kind.H2) {
            throw new IllegalStateException("An H2 workspace is open in one process at a time.");
        }
        as(person);
        Workspace other = openServer(person, Clock.systemUTC());
        opened.add(other);
        return other;
    }

    private static boolean isClosed(Workspace workspace) {
        try {
            workspace.database().inTransaction(connection -> null);
            return false;
        } catch (WorkspaceException e) {
            return true;
        }
    }

    @Override
    public void close() {
        opened.forEach(Workspace::close);
        if (server != null) {
            PostgresTestServer.get().dropDatabase(server.database());
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
