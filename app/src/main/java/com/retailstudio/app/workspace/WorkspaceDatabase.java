package com.retailstudio.app.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;

/**
 * The one JDBC connection of this process to a workspace (an H2 file, or a PostgreSQL database shared by a team),
 * through which every read and write runs as one transaction.
 *
 * <p>Work is serialised on this object: a desktop app writes little, so one connection keeps the rules simple (no
 * connection pool, no lost updates between threads). Other processes on a team workspace have their own connections;
 * what they change concurrently is guarded by the database (keys, optimistic versions, triggers).
 */
final class WorkspaceDatabase implements AutoCloseable {

    /** The two kinds of database a workspace can live in; SQL that differs between them asks which this is. */
    enum Vendor {
        H2("h2"),
        POSTGRESQL("postgresql");

        private final String folder;

        Vendor(String folder) {
            this.folder = folder;
        }

        /** The name of the migration folder with this vendor's own scripts ({@code db/workspace-h2}, ...). */
        String folder() {
            return folder;
        }
    }

    /** A unit of work run inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    static final String FILE_NAME = "workspace";

    private final Vendor vendor;
    private final String url;
    private final String login;
    private String password;
    private final Connection connection;
    private boolean closed;
    private boolean inTransaction;
    /** True inside {@link #inOneTransaction}: the stores' own transactions join the open one instead of refusing. */
    private boolean joinable;

    private WorkspaceDatabase(Vendor vendor, String url, String login, String password, Connection connection) {
        this.vendor = vendor;
        this.url = url;
        this.login = login;
        this.password = password;
        this.connection = connection;
    }

    static WorkspaceDatabase open(Path directory) {
        String url = urlFor(directory);
        try {
            Connection connection = DriverManager.getConnection(url, "sa", "");
            connection.setAutoCommit(false);
            return new WorkspaceDatabase(Vendor.H2, url, "sa", "", connection);
        } catch (SQLException e) {
            throw new WorkspaceException("Could not open the workspace database in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    /** Connects to a team workspace as the login, with the password from the standard places (or none). */
    static WorkspaceDatabase open(WorkspaceLocation.Server server, ServerCredentials credentials) {
        String login = server.login();
        Properties properties = new Properties();
        properties.setProperty("user", login);
        properties.setProperty("ApplicationName", "Retail Studio");
        properties.setProperty("connectTimeout", "10");
        Optional<String> password = credentials.passwordFor(server, login);
        password.ifPresent(secret -> properties.setProperty("password", secret));
        try {
            Connection connection = DriverManager.getConnection(server.jdbcUrl(), properties);
            connection.setAutoCommit(false);
            return new WorkspaceDatabase(Vendor.POSTGRESQL, server.jdbcUrl(), login, password.orElse(null),
                    connection);
        } catch (SQLException e) {
            throw new WorkspaceException("Could not connect to the team workspace " + server.describe() + " as "
                    + login + ": " + e.getMessage(), e);
        }
    }

    Vendor vendor() {
        return vendor;
    }

    /** The login, for Flyway's own connection. */
    String login() {
        return login;
    }

    /** The password of this connection, for Flyway's own connection; null without one or once forgotten. */
    String password() {
        return password;
    }

    /** Drops the password once no second connection (Flyway's) will be opened: it is held only while connecting. */
    void forgetPassword() {
        password = null;
    }

    /**
     * The H2 URL of the database file {@code workspace.mv.db} in the folder.
     *
     * <p>WRITE_DELAY=0 hands every commit to the operating system before commit returns, so a committed transaction
     * survives the process being killed (H2's default waits up to 500 ms).
     */
    static String urlFor(Path directory) {
        String path = directory.resolve(FILE_NAME).toAbsolutePath().toString();
        if (path.indexOf(';') >= 0) {
            throw new IllegalArgumentException("A workspace folder name cannot contain ';': " + directory);
        }
        return "jdbc:h2:file:" + path + ";WRITE_DELAY=0";
    }

    String url() {
        return url;
    }

    /** Runs the work in one transaction: committed if it returns, rolled back if it throws. */
    synchronized <T> T inTransaction(Work<T> work) {
        if (closed) {
            throw new WorkspaceException("The workspace is closed.");
        }
        if (inTransaction) {
            if (!joinable) {
                // A nested call would commit the outer transaction half-way.
                throw new IllegalStateException("A workspace transaction cannot start inside another one.");
            }
            // Part of the open transaction: the outer call commits it, or rolls all of it back when this throws.
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        inTransaction = true;
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failure((SQLException) e);
        } finally {
            inTransaction = false;
        }
    }

    /**
     * Runs several stores' work as one transaction: every store call made by {@code work} (on this thread) joins it,
     * so it all commits when {@code work} returns and none of it does when it throws. On H2 other threads' work waits
     * for it; on PostgreSQL the rows it writes stay locked until it ends.
     */
    synchronized <T> T inOneTransaction(Supplier<T> work) {
        return inTransaction(connection -> {
            joinable = true;
            try {
                return work.get();
            } finally {
                joinable = false;
            }
        });
    }

    private RuntimeException failure(SQLException failure) {
        if (vendor == Vendor.POSTGRESQL && ("42501".equals(failure.getSQLState())
                || "23514".equals(failure.getSQLState()))) {
            // Refused by the database's own rules (a trigger or a missing privilege): its sentence is the reason.
            return new WorkspaceRefusedException(describe(failure), failure);
        }
        return new WorkspaceException("Workspace transaction failed: " + describe(failure), failure);
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** True when the statement broke a primary key or unique constraint (SQLSTATE 23505 on H2 and PostgreSQL). */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /**
     * The sentence to show for a failed statement: on PostgreSQL the server's own message (a refusal from a
     * trigger is written for people), without the driver's "ERROR:" prefix and context lines.
     */
    static String describe(SQLException e) {
        if (e instanceof PSQLException server && server.getServerErrorMessage() != null
                && server.getServerErrorMessage().getMessage() != null) {
            return server.getServerErrorMessage().getMessage();
        }
        return e.getMessage();
    }

    static OffsetDateTime toDatabase(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant fromDatabase(OffsetDateTime value) {
        return value.toInstant();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WorkspaceException("Could not close the workspace database: " + e.getMessage(), e);
        }
    }
}
