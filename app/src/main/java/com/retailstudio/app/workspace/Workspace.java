package com.retailstudio.app.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * A workspace: settings, data sets, versioned documents, reviews and the audit log. Either one folder holding an H2
 * database, open in at most one process at a time (one person), or a database on a PostgreSQL server that a team opens
 * from many processes at once, where the database knows who each person is and enforces the review rules itself.
 * Both run the same code; what differs is asked of {@link #isShared()}.
 */
public final class Workspace implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());

    private final WorkspaceLocation location;
    private final Path directory;
    private final WorkspaceLock lock;
    private final WorkspaceDatabase database;
    private final Optional<String> signedIn;
    private final WorkspaceChanges changes;
    private final int migrationsApplied;
    private final SettingsStore settings;
    private final AuditLog auditLog;
    private final DataSetRegistry dataSets;
    private final QualityHistory qualityHistory;
    private final DocumentStore documents;
    private final ReviewStore reviews;
    private final JourneyDraftStore journeyDrafts;
    private final PublicKeyDirectory publicKeys;

    private Workspace(WorkspaceLocation location, Path directory, WorkspaceLock lock, WorkspaceDatabase database,
                      int migrationsApplied, Clock clock, Optional<String> signedIn) {
        this.location = location;
        this.directory = directory;
        this.lock = lock;
        this.database = database;
        this.signedIn = signedIn;
        this.changes = new WorkspaceChanges(database);
        this.migrationsApplied = migrationsApplied;
        this.settings = new SettingsStore(database, clock);
        this.auditLog = new AuditLog(database, clock, this::currentUser);
        this.dataSets = new DataSetRegistry(database, clock, this::currentUser);
        this.qualityHistory = new QualityHistory(database);
        this.documents = new DocumentStore(database, clock, this::currentUser);
        this.reviews = new ReviewStore(database, clock);
        this.journeyDrafts = new JourneyDraftStore(database, clock, this::currentUser);
        this.publicKeys = new PublicKeyDirectory(database, clock);
    }

    /** {@code ~/.retail-studio/workspace}, under the {@code user.home} system property. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".retail-studio", "workspace");
    }

    /** Opens the workspace in the folder, creating folder and database if needed and upgrading the schema. */
    public static Workspace open(Path directory) {
        return open(directory, Clock.systemUTC());
    }

    /**
     * Opens a workspace wherever it lives; a team workspace with the password from {@code PGPASSWORD} or
     * {@code ~/.pgpass}, else the prompt.
     */
    public static Workspace open(WorkspaceLocation location, ServerCredentials.PasswordPrompt prompt) {
        if (location instanceof WorkspaceLocation.Server server) {
            return openServer(server, Clock.systemUTC(), ServerCredentials.standard(prompt), false);
        }
        return open(((WorkspaceLocation.Folder) location).directory());
    }

    /**
     * Opens a team workspace, connected as the server's login.
     *
     * @param createOrUpgrade run the migrations when the schema is missing or old (only {@code workspace init}
     *                        does, as a login allowed to create tables); otherwise such a workspace is refused
     */
    static Workspace openServer(WorkspaceLocation.Server server, Clock clock, ServerCredentials credentials,
                                boolean createOrUpgrade) {
        WorkspaceDatabase database = WorkspaceDatabase.open(server, credentials);
        try {
            int applied = 0;
            if (createOrUpgrade) {
                applied = WorkspaceMigrations.migrate(database);
            } else if (!database.inTransaction(WorkspaceMigrations::isUpToDate)) {
                throw new WorkspaceException("The team workspace " + server.describe() + " has no Retail Studio "
                        + "schema yet, or an older one: ask its administrator to run 'retail-studio workspace init "
                        + "--workspace " + server.describe() + "'.");
            }
            database.forgetPassword();
            String login = database.inTransaction(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT session_user")) {
                    rows.next();
                    return rows.getString(1);
                }
            });
            // PostgreSQL keeps microseconds; stamping in microseconds means what is written is what is read back.
            Clock micros = Clock.tick(clock, Duration.ofNanos(1000));
            return new Workspace(server, localFolder(server), null, database, applied, micros, Optional.of(login));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Where the workspace at {@code location} keeps data-set files, without opening it: the workspace folder itself,
     * or for a team workspace this machine's folder for it ({@link #localFolder}).
     */
    public static Path filesFolder(WorkspaceLocation location) {
        if (location instanceof WorkspaceLocation.Server server) {
            return localFolder(server);
        }
        return ((WorkspaceLocation.Folder) location).directory().toAbsolutePath().normalize();
    }

    /**
     * Where this machine keeps the files of a team workspace that are not in the database (imported data sets):
     * {@code ~/.retail-studio/servers/HOST_PORT_DATABASE}, created by whatever first writes there.
     */
    static Path localFolder(WorkspaceLocation.Server server) {
        String name = (server.host() + "_" + server.port() + "_" + server.database()).replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("user.home"), ".retail-studio", "servers", name);
    }

    /**
     * Opens the workspace with the clock that stamps its writes.
     *
     * @throws WorkspaceInUseException when another process, or this one, has it open
     * @throws WorkspaceException      when the folder or database cannot be opened or upgraded
     */
    public static Workspace open(Path directory, Clock clock) {
        Path folder = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkspaceException("Could not create the workspace folder " + folder + ": " + e.getMessage(), e);
        }
        // The lock comes first, so a second process is told who holds the workspace instead of meeting H2's lock.
        WorkspaceLock lock = WorkspaceLock.acquire(folder);
        try {
            // Unset outside the fast test profile: there a new workspace is a copy of one migrated once per JVM.
            OptionalInt fromTemplate = WorkspaceTemplate.copyIfNew(folder);
            WorkspaceDatabase database = WorkspaceDatabase.open(folder);
            try {
                int applied = fromTemplate.orElse(0) + WorkspaceMigrations.migrate(database);
                if (applied > 0) {
                    LOG.log(System.Logger.Level.INFO, "Applied {0} schema migration(s) to the workspace {1}",
                            applied, folder);
                }
                return new Workspace(new WorkspaceLocation.Folder(folder), folder, lock, database, applied, clock,
                        Optional.empty());
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The workspace folder, absolute; for a team workspace the folder on this machine that keeps its local files
     * (imported data sets).
     */
    public Path directory() {
        return directory;
    }

    WorkspaceDatabase database() {
        return database;
    }

    /** Where the workspace lives. */
    public WorkspaceLocation location() {
        return location;
    }

    /** True for a team workspace on a server: the person is the database login, and the database checks reviews. */
    public boolean isShared() {
        return signedIn.isPresent();
    }

    /** Notifies listeners within half a second when anyone, in any process, changes the workspace. */
    public WorkspaceChanges changes() {
        return changes;
    }

    /** How many schema migrations ran when this workspace was opened (0 when it was up to date). */
    public int migrationsAppliedOnOpen() {
        return migrationsApplied;
    }

    /**
     * Who is working. On a team workspace the database login ({@code session_user}), which nothing the client says
     * can change; on a folder the display name from the settings if set, otherwise the operating-system user.
     */
    public String currentUser() {
        if (signedIn.isPresent()) {
            return signedIn.get();
        }
        return settings.get(SettingsStore.DISPLAY_NAME)
                .filter(name -> !name.isBlank())
                .orElseGet(Workspace::operatingSystemUser);
    }

    /** The operating-system user ({@code user.name}): the person of a single-person workspace, who administers it. */
    public static String operatingSystemUser() {
        String name = System.getProperty("user.name", "");
        return name.isBlank() ? "unknown" : name;
    }

    public SettingsStore settings() {
        return settings;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public DataSetRegistry dataSets() {
        return dataSets;
    }

    /** The quality figures every import kept, for the Data section's history and its drifts. */
    public QualityHistory qualityHistory() {
        return qualityHistory;
    }

    public DocumentStore documents() {
        return documents;
    }

    public ReviewStore reviews() {
        return reviews;
    }

    /** The working drafts of the journeys being designed. */
    public JourneyDraftStore journeyDrafts() {
        return journeyDrafts;
    }

    /** The public key directory: who each approval and export signing key belongs to. */
    public PublicKeyDirectory publicKeys() {
        return publicKeys;
    }

    /**
     * Runs {@code work}, which may call any of this workspace's stores, as one transaction: all of it is stored when it
     * returns, nothing of it when it throws (e.g. a deletion refused after its version was written).
     */
    public <T> T inOneTransaction(Supplier<T> work) {
        return database.inOneTransaction(work);
    }

    /** Closes the database and releases the lock; safe to call twice. */
    @Override
    public void close() {
        try {
            changes.close();
            database.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
