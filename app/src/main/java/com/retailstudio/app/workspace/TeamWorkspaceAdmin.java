package com.retailstudio.app.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sets up and administers a team workspace on PostgreSQL: {@code workspace init} creates the roles, the schema and
 * the privileges; {@code workspace grant} adds a person. Both run as a login allowed to (a superuser, or the
 * database owner with CREATEROLE); the rest of the team never needs more than their role.
 *
 * <p>What the roles may do is split between privileges (which tables a role may write at all; nobody may update or
 * delete audit entries or saved versions) and the triggers of migration V5 (which review transitions a person may
 * make). Init is idempotent: run it again after an upgrade and it migrates and grants on the new tables too.
 */
public final class TeamWorkspaceAdmin {

    public static final String GRANTED = "person.granted";

    private static final String ALL_ROLES = Arrays.stream(TeamRole.values()).map(TeamRole::roleName)
            .collect(Collectors.joining(", "));

    private TeamWorkspaceAdmin() {
    }

    /** Creates roles, schema and privileges (or brings them up to date); returns how many migrations ran. */
    public static int init(WorkspaceLocation.Server server, ServerCredentials.PasswordPrompt prompt) {
        return init(server, ServerCredentials.standard(prompt));
    }

    static int init(WorkspaceLocation.Server server, ServerCredentials credentials) {
        // Roles first: the migrations' triggers name them.
        WorkspaceDatabase bootstrap = WorkspaceDatabase.open(server, credentials);
        try {
            bootstrap.inTransaction(connection -> {
                createRoles(connection);
                return null;
            });
        } finally {
            bootstrap.close();
        }
        try (Workspace workspace = Workspace.openServer(server, Clock.systemUTC(), credentials, true)) {
            workspace.database().inTransaction(connection -> {
                grantPrivileges(connection, server.database());
                return null;
            });
            return workspace.migrationsAppliedOnOpen();
        }
    }

    /** Grants the role to an existing login, and writes who granted it to the audit log. */
    public static void grant(WorkspaceLocation.Server server, ServerCredentials.PasswordPrompt prompt, String login,
                             TeamRole role) {
        grant(server, ServerCredentials.standard(prompt), login, role);
    }

    static void grant(WorkspaceLocation.Server server, ServerCredentials credentials, String login, TeamRole role) {
        try (Workspace workspace = Workspace.openServer(server, Clock.systemUTC(), credentials, false)) {
            workspace.database().inTransaction(connection -> {
                if (!loginExists(connection, login)) {
                    throw new WorkspaceException("There is no login '" + login + "' on " + server.describe()
                            + "; create it first with the server's tools (e.g. createuser --pwprompt " + login
                            + "), then grant the role.");
                }
                try (Statement statement = connection.createStatement()) {
                    // An admin may grant every role to others: that is what "manage people" means in the database.
                    statement.execute("GRANT " + role.roleName() + " TO " + quote(login)
                           );
                    if (role == TeamRole.ADMIN) {
                        statement.execute("GRANT " + ALL_ROLES + " TO " + quote(login) + " WITH ADMIN OPTION");
                    }
                }
                AuditLog.insert(connection, AuditEntry.of(Clock.systemUTC().instant(), workspace.currentUser(),
                        GRANTED, "person", login).withComment("role " + role.roleName()));
                return null;
            });
        }
    }

    private static boolean loginExists(Connection connection, String login) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT rolcanlogin FROM pg_roles WHERE rolname = ?")) {
            select.setString(1, login);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    private static void createRoles(Connection connection) throws SQLException {
        for (TeamRole role : TeamRole.values()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                exists.setString(1, role.roleName());
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        continue;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE ROLE " + role.roleName() + " NOLOGIN");
            }
        }
    }

    private static void grantPrivileges(Connection connection, String database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'"
                     + " AND table_name <> 'flyway_schema_history' ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(quote(rows.getString(1)));
            }
        }
        try (Statement grant = connection.createStatement()) {
            grant.execute("GRANT CONNECT ON DATABASE " + quote(database) + " TO " + ALL_ROLES);
            grant.execute("GRANT USAGE ON SCHEMA " + currentSchema(connection) + " TO " + ALL_ROLES);
            grant.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + currentSchema(connection) + " TO " + ALL_ROLES);
            grant.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + currentSchema(connection) + " TO "
                    + ALL_ROLES);
            // Every table of the workspace takes new rows from every role (the triggers check whose and which);
            // tables added by later migrations get this on the next init.
            for (String table : tables) {
                grant.execute("GRANT INSERT ON " + table + " TO " + ALL_ROLES);
            }
            // Rows changed in place: a person's settings, drafts (optimistic revisions), the active data set, and
            // review states (the V5 trigger decides which move a person may make), and the audit chain's head (V6).
            grant.execute("GRANT UPDATE, DELETE ON settings, journey_drafts TO " + ALL_ROLES);
            grant.execute("GRANT UPDATE ON data_sets, reviews, audit_chain_head TO " + ALL_ROLES);
            // Never granted, so stated: history is append-only.
            grant.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, documents FROM PUBLIC, " + ALL_ROLES);
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT CURRENT_SCHEMA")) {
            rows.next();
            return quote(rows.getString(1));
        }
    }

    /** A quoted SQL identifier: roles and logins are names, never SQL. */
    static String quote(String identifier) {
        if (identifier == null || identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Not a valid database name: '" + identifier + "'.");
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
