package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.workspace.PostgresTestServer;
import com.retailstudio.app.workspace.WorkspaceLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team sets up a workspace on a PostgreSQL server and drives a journey through review on the command line; the
 * server says who each person is, and its passwords come from ~/.pgpass.
 */
@Tag("slow")
class TeamWorkspaceCommandTest {

    @TempDir
    Path home;

    private PostgresTestServer postgres;
    private String previousHome;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void passwordFile() throws Exception {
        postgres = PostgresTestServer.get();
        previousHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + postgres.port() + ":*:*:" + PostgresTestServer.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", previousHome);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return RetailStudioCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static String url(WorkspaceLocation.Server server, String login) {
        return server.as(login).describe();
    }

    @Test
    void initGrantAndAJourneyThroughReviewWhereTheServerSaysWhoIsWho() {
        WorkspaceLocation.Server server = postgres.newEmptyDatabase();
        postgres.login("dana");
        postgres.login("ben");
        String admin = url(server, PostgresTestServer.SUPERUSER);
        assertEquals(0, run("workspace", "init", "--workspace", admin), err.toString());
        assertTrue(out.toString().contains("is ready"), out.toString());
        assertEquals(0, run("workspace", "grant", "dana", "designer", "--workspace", admin), err.toString());
        assertEquals(0, run("workspace", "grant", "ben", "reviewer", "--workspace", admin), err.toString());

        Path file = home.resolve("cart.json");
        assertEquals(0, run("journey", "template", "cart-abandonment", "--out", file.toString()), err.toString());
        String dana = url(server, "dana");
        assertEquals(1, run("journey", "import", "--workspace", dana, "--file", file.toString(), "--as", "ben"));
        assertTrue(err.toString().contains("--as is refused on a team workspace: the server signed you in as dana"),
                err.toString());
        assertEquals(0, run("journey", "import", "--workspace", dana, "--file", file.toString()), err.toString());
        String id = out.toString().strip();
        assertEquals(0, run("journey", "submit", "--workspace", dana, "--id", id), err.toString());

        assertEquals(1, run("journey", "approve", "--workspace", dana, "--id", id));
        assertTrue(err.toString().contains("dana wrote journey '" + id + "' v1 and cannot approve it"),
                err.toString());

        String ben = url(server, "ben");
        assertEquals(0, run("journey", "approve", "--workspace", ben, "--id", id, "--comment", "Caps checked"),
                err.toString());
        assertEquals("Approved " + id + " v1 as ben.", out.toString().strip());
        assertEquals(0, run("journey", "list", "--workspace", ben), err.toString());
        assertTrue(out.toString().contains("approved") && out.toString().contains("dana"), out.toString());

        Path bundle = home.resolve("bundle");
        assertEquals(0, run("export", "--workspace", ben, "--out", bundle.toString()), err.toString());
        assertTrue(Files.isRegularFile(bundle.resolve("journeys/" + id + "-v1.json")));
        assertEquals(0, run("validate", bundle.toString()), out.toString() + err.toString());
    }

    @Test
    void initRunsAgainWithoutHarmAndGrantNeedsAnExistingLogin() {
        WorkspaceLocation.Server server = postgres.newEmptyDatabase();
        String admin = url(server, PostgresTestServer.SUPERUSER);
        assertEquals(0, run("workspace", "init", "--workspace", admin), err.toString());
        assertEquals(0, run("workspace", "init", "--workspace", admin), err.toString());
        assertTrue(out.toString().contains("(0 schema migration(s) applied)"), out.toString());

        assertEquals(1, run("workspace", "grant", "nobody_here", "reviewer", "--workspace", admin));
        assertTrue(err.toString().contains("There is no login 'nobody_here'"), err.toString());
        assertEquals(2, run("workspace", "grant", "dana", "boss", "--workspace", admin));
        assertTrue(err.toString().contains("'boss' is not a role; use one of designer, reviewer, admin."),
                err.toString());
    }

    @Test
    void aDatabaseWithoutTheSchemaSendsThePersonToTheAdministrator() {
        WorkspaceLocation.Server server = postgres.newEmptyDatabase();
        postgres.login("dana");

        assertEquals(1, run("journey", "list", "--workspace", url(server, "dana")));

        assertTrue(err.toString().contains("ask its administrator to run 'retail-studio workspace init"),
                err.toString());
    }

    @Test
    void aFolderNeedsNoInitAndAMalformedUrlIsBadUsage() {
        assertEquals(1, run("workspace", "init", "--workspace", home.resolve("ws").toString()));
        assertTrue(err.toString().contains("is a workspace folder"), err.toString());

        assertEquals(2, run("journey", "list", "--workspace", "postgresql://host-without-database"));
        assertTrue(err.toString().contains("does not name a host and a database"), err.toString());
        assertEquals(2, run("journey", "list", "--workspace", "postgresql://ana:secret@host/db"));
        assertTrue(err.toString().contains("never carries a password"), err.toString());
    }
}
