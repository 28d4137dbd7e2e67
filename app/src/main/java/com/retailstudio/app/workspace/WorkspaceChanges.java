package com.retailstudio.app.workspace;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the views when the workspace changed, in this process or another: every change a person makes is written to
 * the audit log in the same transaction, so the newest audit entry id moving is the signal. It is polled twice a
 * second (a cheap indexed read), which works the same on H2 and PostgreSQL and needs no listening connection;
 * listeners hear of another person's action within about half a second, which leaves the views time to read it
 * again within the two seconds promised.
 */
public final class WorkspaceChanges implements AutoCloseable {

    static final long POLL_MILLIS = 500;

    private static final System.Logger LOG = System.getLogger(WorkspaceChanges.class.getName());

    private final WorkspaceDatabase database;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService poller;
    private long newestSeen = -1;
    private boolean closed;

    WorkspaceChanges(WorkspaceDatabase database) {
        this.database = database;
    }

    /**
     * Calls the listener, on a background thread, after each poll that finds changes made since the last one.
     * The first subscription starts the polling.
     */
    public synchronized void subscribe(Runnable listener) {
        if (closed) {
            throw new WorkspaceException("The workspace is closed.");
        }
        listeners.add(listener);
        if (poller == null) {
            newestSeen = newestAuditEntry();
            poller = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "workspace-changes");
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    public void unsubscribe(Runnable listener) {
        listeners.remove(listener);
    }

    /** Checks for changes now; returns whether there were any (and listeners were called). */
    boolean poll() {
        long newest;
        try {
            newest = newestAuditEntry();
        } catch (RuntimeException e) {
            // A closed workspace or a dropped connection: the next poll tries again, the views keep what they show.
            LOG.log(System.Logger.Level.DEBUG, "Could not poll the workspace for changes", e);
            return false;
        }
        synchronized (this) {
            if (newest == newestSeen) {
                return false;
            }
            newestSeen = newest;
        }
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A workspace change listener failed", e);
            }
        }
        return true;
    }

    private long newestAuditEntry() {
        return database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_log")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (poller != null) {
            poller.shutdownNow();
        }
        listeners.clear();
    }
}
