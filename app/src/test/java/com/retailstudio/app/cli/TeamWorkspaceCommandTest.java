package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.workspace.PostgresTestServer;
import com.retailstudio.app.workspace.WorkspaceLocation;
import com.retailstudio.testsupport.CommandLineHarness;
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
    private final CommandLineHarness cli = RetailStudioCli.harness();

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
        return cli.run(args);
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
        assertEquals(0, run("workspace", "init", "--workspace", admin), cli.err());
        assertTrue(cli.out().contains("is ready"), cli.out());
        assertEquals(0, run("workspace", "grant", "dana", "designer", "--workspace", admin), cli.err());
        assertEquals(0, run("workspace", "grant", "ben", "reviewer", "--workspace", admin), cli.err());

        Path file = home.resolve("cart.json");
        assertEquals(0, run("journey", "template", "cart-abandonment", "--out", file.toString()), cli.err());
        String dana = url(server, "dana");
        assertEquals(1, run("journey", "import", "--workspace", dana, "--file", file.toString(), "--as", "ben"));
        assertTrue(cli.err().contains("--as is refused on a team workspace: the server signed you in as dana"),
                cli.err());
        assertEquals(0, run("journey", "import", "--workspace", dana, "--file", file.toString()), cli.err());
        String id = cli.out().strip();
        assertEquals(0, run("journey", "submit", "--workspace", dana, "--id", id), cli.err());

        assertEquals(1, run("journey", "approve", "--workspace", dana, "--id", id));
        assertTrue(cli.err().contains("dana wrote journey '" + id + "' v1 and cannot approve it"),
                cli.err());

        String ben = url(server, "ben");
        assertEquals(0, run("journey", "approve", "--workspace", ben, "--id", id, "--comment", "Caps checked"),
                cli.err());
        assertEquals("Approved " + id + " v1 as ben.", cli.out().strip());
        assertEquals(0, run("journey", "list", "--workspace", ben), cli.err());
        assertTrue(cli.out().contains("approved") && cli.out().contains("dana"), cli.out());

        Path bundle = home.resolve("bundle");
        assertEquals(0, run("export", "--workspace", ben, "--out", bundle.toString()), cli.err());
        assertTrue(Files.isRegularFile(bundle.resolve("journeys/" + id + "-v1.json")));
        assertEquals(0, run("validate", bundle.toString()), cli.out() + cli.err());
    }

    @Test
    void initRunsAgainWithoutHarmAndGrantNeedsAnExistingLogin() {
        WorkspaceLocation.Server server = postgres.newEmptyDatabase();
        String admin = url(server, PostgresTestServer.SUPERUSER);
        assertEquals(0, run("workspace", "init", "--workspace", admin), cli.err());
        assertEquals(0, run("workspace", "init", "--workspace", admin), cli.err());
        assertTrue(cli.out().contains("(0 schema migration(s) applied)"), cli.out());

        assertEquals(1, run("workspace", "grant", "nobody_here", "reviewer", "--workspace", admin));
        assertTrue(cli.err().contains("There is no login 'nobody_here'"), cli.err());
        assertEquals(2, run("workspace", "grant", "dana", "boss", "--workspace", admin));
        assertTrue(cli.err().contains("'boss' is not a role; use one of designer, reviewer, admin."),
                cli.err());
    }

    @Test
    void aDatabaseWithoutTheSchemaSendsThePersonToTheAdministrator() {
        WorkspaceLocation.Server server = postgres.newEmptyDatabase();
        postgres.login("dana");

        assertEquals(1, run("journey", "list", "--workspace", url(server, "dana")));

        assertTrue(cli.err().contains("ask its administrator to run 'retail-studio workspace init"),
                cli.err());
    }

    @Test
    void aFolderNeedsNoInitAndAMalformedUrlIsBadUsage() {
        assertEquals(1, run("workspace", "init", "--workspace", home.resolve("ws").toString()));
        assertTrue(cli.err().contains("is a workspace folder"), cli.err());

        assertEquals(2, run("journey", "list", "--workspace", "postgresql://host-without-database"));
        assertTrue(cli.err().contains("does not name a host and a database"), cli.err());
        assertEquals(2, run("journey", "list", "--workspace", "postgresql://ana:secret@host/db"));
        assertTrue(cli.err().contains("never carries a password"), cli.err());
    }
}
