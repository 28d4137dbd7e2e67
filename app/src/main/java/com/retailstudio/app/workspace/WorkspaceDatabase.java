package com.retailstudio.app.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one JDBC connection to a workspace's H2 file, through which every read and write runs as one transaction.
 *
 * <p>Work is serialised on this object: the workspace has a single writer, and a desktop app writes little, so one
 * connection keeps the rules simple (no connection pool, no lost updates between threads).
 */
final class WorkspaceDatabase implements AutoCloseable {

    /** A unit of work run inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    static final String FILE_NAME = "workspace";

    private final String url;
    private final Connection connection;
    private boolean closed;
    private boolean inTransaction;

    private WorkspaceDatabase(String url, Connection connection) {
        this.url = url;
        this.connection = connection;
    }

    static WorkspaceDatabase open(Path directory) {
        String url = urlFor(directory);
        try {
            Connection connection = DriverManager.getConnection(url, "sa", "");
            connection.setAutoCommit(false);
            return new WorkspaceDatabase(url, connection);
        } catch (SQLException e) {
            throw new WorkspaceException("Could not open the workspace database in " + directory + ": "
                    + e.getMessage(), e);
        }
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
            // A nested call would commit the outer transaction half-way.
            throw new IllegalStateException("A workspace transaction cannot start inside another one.");
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
            throw new WorkspaceException("Workspace transaction failed: " + e.getMessage(), e);
        } finally {
            inTransaction = false;
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
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
