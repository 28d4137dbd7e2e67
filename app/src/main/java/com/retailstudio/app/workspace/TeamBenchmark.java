package com.retailstudio.app.workspace;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many people on one team workspace at once: each client is a login with its own connection, looping edit its
 * journey draft → save (optimistic, over the revision it holds) → save the version → submit → approved by the next
 * client's login (another person, another connection). Afterwards every client checks its own writes: its draft holds
 * its last save at the revision it expects, and every version it submitted is there and approved — no lost update.
 *
 * <p>Bounded: loopback servers only, at most 50 clients and 600 s. It creates the logins {@code bench_1..N} with a
 * random password it keeps in memory only.
 */
public final class TeamBenchmark {

    /** What a run measured. */
    public record Result(int clients, double seconds, long saves, long approvals, long lostUpdates, long conflicts,
                         double saveP50Millis, double saveP95Millis, double approveP50Millis,
                         double approveP95Millis) {

        public double savesPerSecond() {
            return saves / seconds;
        }

        public String describe() {
            return String.format(Locale.ROOT, "team workspace: %d clients for %.0f s, each looping edit -> save -> "
                            + "submit -> approve by another login%n"
                            + "  saves: %d (%.1f per second)   approvals: %d   conflicts: %d   lost updates: %d%n"
                            + "  save latency:    p50 %.1f ms   p95 %.1f ms%n"
                            + "  approve latency: p50 %.1f ms   p95 %.1f ms",
                    clients, seconds, saves, savesPerSecond(), approvals, conflicts, lostUpdates, saveP50Millis,
                    saveP95Millis, approveP50Millis, approveP95Millis);
        }
    }

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private TeamBenchmark() {
    }

    /**
     * Runs the benchmark on the team workspace, connecting as its administrator to set up (init, logins).
     *
     * @throws IllegalArgumentException for a server that is not on this machine, or out-of-bounds sizes
     */
    public static Result run(WorkspaceLocation.Server admin, ServerCredentials.PasswordPrompt prompt, int clients,
                             int seconds) throws InterruptedException {
        if (!LOOPBACK.contains(admin.host())) {
            throw new IllegalArgumentException("The benchmark runs only against a server on this machine "
                    + "(127.0.0.1, localhost or ::1), not " + admin.host() + ".");
        }
        if (clients < 2 || clients > 50) {
            throw new IllegalArgumentException("--clients is between 2 and 50, was " + clients + ".");
        }
        if (seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("--seconds is between 1 and 600, was " + seconds + ".");
        }
        ServerCredentials adminCredentials = ServerCredentials.standard(prompt);
        TeamWorkspaceAdmin.init(admin, adminCredentials);
        String password = HexFormat.of().formatHex(randomBytes());
        List<String> logins = new ArrayList<>();
        for (int i = 1; i <= clients; i++) {
            logins.add("bench_" + i);
        }
        createLogins(admin, adminCredentials, logins, password);
        ServerCredentials credentials = new ServerCredentials(Map.of(), Path.of("/"),
                (server, login) -> Optional.of(password));

        List<Client> running = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Workspace own = Workspace.openServer(admin.as(logins.get(i)), Clock.systemUTC(), credentials, false);
                running.add(new Client(logins.get(i), own, null));
            }
            for (int i = 0; i < clients; i++) {
                // The next client's login approves this one's versions, over a connection of its own.
                Workspace reviewer = Workspace.openServer(admin.as(logins.get((i + 1) % clients)), Clock.systemUTC(),
                        credentials, false);
                running.set(i, new Client(logins.get(i), running.get(i).own, reviewer));
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            CountDownLatch start = new CountDownLatch(1);
            long[] window = new long[1];
            List<Future<Client>> done = new ArrayList<>();
            for (Client client : running) {
                done.add(pool.submit(() -> {
                    start.await();
                    client.loopUntil(window[0]);
                    return client;
                }));
            }
            long began = System.nanoTime();
            window[0] = began + TimeUnit.SECONDS.toNanos(seconds);
            start.countDown();
            pool.shutdown();
            if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                throw new IllegalStateException("The clients did not stop within two minutes of the end.");
            }
            double elapsed = (System.nanoTime() - began) / 1e9;
            for (Future<Client> future : done) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("A client failed: " + e.getCause(), e.getCause());
                }
            }
            long lost = running.stream().mapToLong(Client::lostUpdates).sum();
            long[] saves = merge(running, true);
            long[] approvals = merge(running, false);
            return new Result(clients, elapsed, saves.length, approvals.length, lost,
                    running.stream().mapToLong(client -> client.conflicts).sum(),
                    percentile(saves, 50), percentile(saves, 95), percentile(approvals, 50),
                    percentile(approvals, 95));
        } finally {
            for (Client client : running) {
                client.own.close();
                if (client.reviewer != null) {
                    client.reviewer.close();
                }
            }
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void createLogins(WorkspaceLocation.Server admin, ServerCredentials credentials,
                                     List<String> logins, String password) {
        WorkspaceDatabase database = WorkspaceDatabase.open(admin, credentials);
        try {
            database.inTransaction(connection -> {
                for (String login : logins) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute((exists(connection, login) ? "ALTER" : "CREATE") + " ROLE " + login
                                + " LOGIN PASSWORD '" + password + "'");
                        statement.execute("GRANT retail_designer, retail_reviewer TO " + login);
                    }
                }
                return null;
            });
        } finally {
            database.close();
        }
    }

    private static boolean exists(Connection connection, String login) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            select.setString(1, login);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static long[] merge(List<Client> clients, boolean saves) {
        return clients.stream()
                .flatMapToLong(client -> Arrays.stream(saves ? client.saveNanos.toArray() : client.approveNanos.toArray()))
                .sorted().toArray();
    }

    private static double percentile(long[] sortedNanos, int percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    /** One person's loop, with what they wrote so they can check it afterwards. */
    private static final class Client {
        final String login;
        final Workspace own;
        final Workspace reviewer;
        final LongList saveNanos = new LongList();
        final LongList approveNanos = new LongList();
        final String journeyId;
        int revision = JourneyDraftStore.NEW_DRAFT;
        int lastEdit;
        long conflicts;
        final List<Integer> approvedVersions = new ArrayList<>();

        Client(String login, Workspace own, Workspace reviewer) {
            this.login = login;
            this.own = own;
            this.reviewer = reviewer;
            this.journeyId = "bench-" + login + "-" + Long.toHexString(System.nanoTime());
        }

        void loopUntil(long endNanos) {
            while (System.nanoTime() < endNanos) {
                int edit = lastEdit + 1;
                String body = "{\"id\":\"" + journeyId + "\",\"edit\":" + edit + "}";
                long before = System.nanoTime();
                try {
                    revision = own.journeyDrafts().save(journeyId, "Benchmark " + login, 1, body, revision).revision();
                } catch (EditConflictException e) {
                    conflicts++;
                    revision = own.journeyDrafts().get(journeyId).map(JourneyDraftStore.StoredDraft::revision)
                            .orElse(JourneyDraftStore.NEW_DRAFT);
                    continue;
                }
                saveNanos.add(System.nanoTime() - before);
                lastEdit = edit;
                DocumentVersion version = own.documents().saveDocument(new DocumentDraft("journey", journeyId,
                        "draft", body));
                own.reviews().submit(version, login, "review.submitted");
                long approving = System.nanoTime();
                reviewer.reviews().move("journey", journeyId, version.version(), EnumSet.of(ReviewState.IN_REVIEW),
                        ReviewState.APPROVED, reviewer.currentUser(), Optional.empty(), "review.approved");
                approveNanos.add(System.nanoTime() - approving);
                approvedVersions.add(version.version());
            }
        }

        /** Its draft must hold its last edit at the revision it holds; each version it submitted must be approved. */
        long lostUpdates() {
            long lost = 0;
            Optional<JourneyDraftStore.StoredDraft> draft = own.journeyDrafts().get(journeyId);
            if (lastEdit > 0 && (draft.isEmpty() || draft.get().revision() != revision
                    || !draft.get().body().contains("\"edit\":" + lastEdit + "}"))) {
                lost++;
            }
            for (int version : approvedVersions) {
                Optional<Review> review = own.reviews().find("journey", journeyId, version);
                if (review.isEmpty() || review.get().state() != ReviewState.APPROVED) {
                    lost++;
                }
            }
            if (own.documents().history("journey", journeyId).size() != approvedVersions.size()) {
                lost++;
            }
            return lost;
        }
    }

    /** A growable list of longs without boxing, for latencies. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
