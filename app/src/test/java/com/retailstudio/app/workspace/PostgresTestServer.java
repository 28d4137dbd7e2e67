package com.retailstudio.app.workspace;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, private PostgreSQL cluster for the tests of this JVM: started once on first use from the machine's
 * PostgreSQL binaries (Debian's {@code postgresql} package; {@code RETAIL_STUDIO_PG_BIN} names another bin folder), in
 * a folder of its own under the temporary folder, listening on a free loopback port only, stopped and removed when the
 * JVM exits (or, if the JVM was killed, by the next test JVM of the same checkout). PostgreSQL refuses
 * to run as root, so under root it is run as the {@code postgres} system user (via {@code runuser}).
 *
 * <p>Without the binaries the PostgreSQL tests are skipped on a developer machine and fail in CI ({@code CI=true}).
 * Each test gets its own database copied from a template that {@code workspace init} prepared once, so a test costs
 * a {@code CREATE DATABASE}, not a migration.
 */
public final class PostgresTestServer {

    /** The password of every login the tests create; the cluster accepts loopback connections only. */
    public static final String PASSWORD = "retail-test-password";
    public static final ServerCredentials.PasswordPrompt PROMPT = (server, login) -> Optional.of(PASSWORD);

    public static final String SUPERUSER = "retail_test_admin";
    private static final String TEMPLATE = "retail_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static PostgresTestServer running;
    private static RuntimeException startFailure;

    private final Path binaries;
    private final Path home;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresTestServer(Path binaries, Path home, int port, boolean asPostgresUser) {
        this.binaries = binaries;
        this.home = home;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Set by the fast suite (-Pfast, docs/architecture.md): no PostgreSQL run, the workspace suites on H2 only. */
    static final String SKIP_PROPERTY = "retail-studio.tests.skip-postgresql";

    /** The cluster of this JVM, started on first call; skips the test (fails it in CI) without PostgreSQL. */
    public static synchronized PostgresTestServer get() {
        if (running != null) {
            return running;
        }
        if (startFailure != null) {
            throw startFailure;
        }
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY), "the fast suite leaves out the PostgreSQL runs");
        Optional<Path> binaries = findBinaries();
        if (binaries.isEmpty()) {
            String why = "No PostgreSQL server binaries (initdb, pg_ctl) were found: install the Debian package "
                    + "'postgresql' or set RETAIL_STUDIO_PG_BIN.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                startFailure = new IllegalStateException(why + " In CI (CI=true) the PostgreSQL tests must run.");
                throw startFailure;
            }
            Assumptions.abort(why);
        }
        try {
            running = start(binaries.get());
            return running;
        } catch (RuntimeException e) {
            startFailure = e;
            throw e;
        }
    }

    /** A fresh team workspace (schema, roles, privileges as after {@code workspace init}), as the superuser. */
    public WorkspaceLocation.Server newWorkspace() {
        String name = "workspace_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return server(name, SUPERUSER);
    }

    /** Drops a test's database (closing whatever is still connected to it): a long run stays small on disk. */
    public void dropDatabase(String database) {
        execute("postgres", "DROP DATABASE IF EXISTS " + TeamWorkspaceAdmin.quote(database) + " WITH (FORCE)");
    }

    /** An empty database, for testing {@code workspace init} itself. */
    public WorkspaceLocation.Server newEmptyDatabase() {
        String name = "empty_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name);
        return server(name, SUPERUSER);
    }

    public WorkspaceLocation.Server server(String database, String login) {
        return new WorkspaceLocation.Server("127.0.0.1", port, database, Optional.of(login));
    }

    /** Creates the login if missing (password {@link #PASSWORD}) and grants it the roles. */
    public synchronized void login(String login, TeamRole... roles) {
        try (Connection connection = connect("postgres", SUPERUSER);
             Statement statement = connection.createStatement()) {
            boolean exists;
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                select.setString(1, login);
                try (ResultSet rows = select.executeQuery()) {
                    exists = rows.next();
                }
            }
            if (!exists) {
                statement.execute("CREATE ROLE " + TeamWorkspaceAdmin.quote(login) + " LOGIN PASSWORD '" + PASSWORD
                        + "'");
            }
            for (TeamRole role : roles) {
                statement.execute("GRANT " + role.roleName() + " TO " + TeamWorkspaceAdmin.quote(login));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test login " + login + ": " + e.getMessage(), e);
        }
    }

    /** A plain JDBC connection (autocommit) to a database as a login: what a client skipping the app's checks has. */
    public Connection connect(String database, String login) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", login);
        properties.setProperty("password", PASSWORD);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
    }

    public int port() {
        return port;
    }

    private void execute(String database, String sql) {
        try (Connection connection = connect(database, SUPERUSER);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    private static PostgresTestServer start(Path binaries) {
        boolean root = "root".equals(System.getProperty("user.name"));
        // Under the temporary folder rather than target/: the postgres user must reach it, and a checkout under
        // /root is closed to it. One folder per JVM, grouped per checkout so leftovers of killed JVMs are found.
        Path checkout = Path.of("target").toAbsolutePath();
        Path group = Path.of(System.getProperty("java.io.tmpdir"),
                "retail-studio-pg-" + Integer.toHexString(checkout.toString().hashCode()));
        Path home = group.resolve(Long.toString(ProcessHandle.current().pid()));
        Path data = home.resolve("data");
        try {
            Files.createDirectories(group);
            stopLeftovers(binaries, root, group);
            deleteRecursively(home);
            Files.createDirectories(home);
            if (root) {
                exec(60, List.of("chmod", "755", group.toString()));
            }
            Path passwordFile = home.resolve("superuser-password");
            Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
            if (root) {
                exec(60, List.of("chown", "-R", "postgres:postgres", home.toString()));
            }
            run(binaries, root, 120, "initdb", "-D", data.toString(), "-U", SUPERUSER, "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-sync");
            int port = freePort();
            run(binaries, root, 60, "pg_ctl", "-D", data.toString(), "-l", home.resolve("server.log").toString(),
                    "-w", "-t", "60", "-o", String.join(" ", "-p", Integer.toString(port),
                            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=''",
                            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                            "-c", "max_connections=200"),
                    "start");
            PostgresTestServer server = new PostgresTestServer(binaries, home, port, root);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-test-stop"));
            server.execute("postgres", "CREATE DATABASE " + TEMPLATE);
            TeamWorkspaceAdmin.init(server.server(TEMPLATE, SUPERUSER), PROMPT);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test PostgreSQL in " + home, e);
        }
    }

    /** Stops and removes the clusters of test JVMs of this checkout that were killed before their shutdown hook. */
    private static void stopLeftovers(Path binaries, boolean root, Path group) throws IOException {
        try (Stream<Path> folders = Files.list(group)) {
            for (Path folder : folders.toList()) {
                long pid;
                try {
                    pid = Long.parseLong(folder.getFileName().toString());
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                if (Files.exists(folder.resolve("data").resolve("postmaster.pid"))) {
                    try {
                        run(binaries, root, 30, "pg_ctl", "-D", folder.resolve("data").toString(), "-m",
                                "immediate", "stop");
                    } catch (RuntimeException e) {
                        // Not running any more: only the folder is left.
                    }
                }
                deleteRecursively(folder);
            }
        }
    }

    private void stop() {
        try {
            // Immediate: the JVM is exiting and its connections with it; nothing in a test cluster needs keeping.
            run(binaries, asPostgresUser, 30, "pg_ctl", "-D", home.resolve("data").toString(), "-m", "immediate",
                    "-t", "10", "stop");
            // Hundreds of databases' files: removed by a process of its own, so the JVM need not wait for it (the
            // next test JVM of this checkout removes whatever is left).
            new ProcessBuilder("rm", "-rf", home.toString()).start();
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the test PostgreSQL in " + home + ": " + e.getMessage());
        }
    }

    private static void run(Path binaries, boolean asPostgresUser, int timeoutSeconds, String tool, String... args) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(binaries.resolve(tool).toString());
        command.addAll(Arrays.asList(args));
        exec(timeoutSeconds, command);
    }

    private static void exec(int timeoutSeconds, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds
                        + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                        + process.exitValue() + ":\n" + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    /** {@code RETAIL_STUDIO_PG_BIN}, else the newest {@code /usr/lib/postgresql/N/bin}, else initdb on the PATH. */
    static Optional<Path> findBinaries() {
        String configured = System.getenv("RETAIL_STUDIO_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(PostgresTestServer::hasServerTools);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(version -> version.resolve("bin"))
                        .filter(PostgresTestServer::hasServerTools)
                        .max(Comparator.comparingInt(PostgresTestServer::majorVersion));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // Fall through to the PATH.
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .filter(PostgresTestServer::hasServerTools)
                .findFirst()
                .map(PostgresTestServer::realFolder);
    }

    private static boolean hasServerTools(Path folder) {
        return Files.isExecutable(folder.resolve("initdb")) && Files.isExecutable(folder.resolve("pg_ctl"))
                && Files.isExecutable(folder.resolve("postgres"));
    }

    private static Path realFolder(Path folder) {
        try {
            return folder.resolve("initdb").toRealPath().getParent();
        } catch (IOException e) {
            return folder;
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
