package com.retailstudio.app.workspace;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a workspace lives: a folder holding an embedded H2 file (one person), or a database on a PostgreSQL server
 * (a team). Both are opened by {@link Workspace#open(WorkspaceLocation)} and run the same code.
 */
public sealed interface WorkspaceLocation permits WorkspaceLocation.Folder, WorkspaceLocation.Server {

    /** The URL scheme that names a team workspace on the command line and in the GUI. */
    String SERVER_SCHEME = "postgresql";

    /** What messages call it: the folder, or the server URL without credentials. */
    String describe();

    /**
     * Reads {@code --workspace}: {@code postgresql://[USER@]HOST[:PORT]/DB} names a server, anything else a folder.
     *
     * @throws IllegalArgumentException naming what is wrong with a server URL
     */
    static WorkspaceLocation parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.regionMatches(true, 0, SERVER_SCHEME + "://", 0, SERVER_SCHEME.length() + 3)) {
            return Server.parse(text);
        }
        return new Folder(Path.of(text));
    }

    /** The embedded H2 workspace in a folder. */
    record Folder(Path directory) implements WorkspaceLocation {
        public Folder {
            Objects.requireNonNull(directory, "directory");
        }

        @Override
        public String describe() {
            return directory.toString();
        }
    }

    /**
     * A team workspace: the database on a PostgreSQL server.
     *
     * @param user the login named in the URL; empty means {@code PGUSER}, else the operating-system user (as psql)
     */
    record Server(String host, int port, String database, Optional<String> user) implements WorkspaceLocation {

        public static final int DEFAULT_PORT = 5432;

        public Server {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(user, "user");
            if (host.isBlank() || database.isBlank()) {
                throw new IllegalArgumentException("A team workspace needs a host and a database name.");
            }
            if (port <= 0 || port > 65535) {
                throw new IllegalArgumentException("A port is between 1 and 65535, was " + port + ".");
            }
        }

        static Server parse(String text) {
            URI uri;
            try {
                uri = new URI(text.trim());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("'" + text + "' is not a workspace URL: " + e.getReason()
                        + "; write postgresql://HOST[:PORT]/DATABASE.", e);
            }
            String database = Optional.ofNullable(uri.getPath()).map(path -> path.replaceFirst("^/", ""))
                    .orElse("");
            if (uri.getHost() == null || database.isBlank() || database.contains("/")) {
                throw new IllegalArgumentException("'" + text + "' does not name a host and a database; write "
                        + "postgresql://HOST[:PORT]/DATABASE.");
            }
            if (uri.getQuery() != null) {
                throw new IllegalArgumentException("A workspace URL takes no parameters ('" + uri.getQuery()
                        + "'); credentials come from PGPASSWORD, ~/.pgpass or the password prompt.");
            }
            Optional<String> user = Optional.ofNullable(uri.getUserInfo());
            if (user.isPresent() && user.get().contains(":")) {
                throw new IllegalArgumentException("A workspace URL never carries a password; put it in "
                        + "PGPASSWORD or ~/.pgpass, or let Retail Studio ask for it.");
            }
            return new Server(uri.getHost().toLowerCase(Locale.ROOT), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                    database, user);
        }

        /** The login to connect as: the URL's, else {@code PGUSER}, else the operating-system user. */
        public String login() {
            return user.or(() -> Optional.ofNullable(System.getenv("PGUSER")).filter(name -> !name.isBlank()))
                    .orElseGet(() -> System.getProperty("user.name", "postgres"));
        }

        /** The JDBC URL (no credentials in it). */
        public String jdbcUrl() {
            String address = host.contains(":") ? "[" + host + "]" : host;
            return "jdbc:postgresql://" + address + ":" + port + "/" + database;
        }

        /** The same server and database as another login. */
        public Server as(String login) {
            return new Server(host, port, database, Optional.of(login));
        }

        @Override
        public String describe() {
            return SERVER_SCHEME + "://" + user.map(name -> name + "@").orElse("") + host
                    + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
        }
    }
}
