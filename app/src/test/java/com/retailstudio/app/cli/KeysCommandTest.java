package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.export.BundleTamperSupport;
import com.retailstudio.app.signing.KeyPasswords;
import com.retailstudio.app.signing.PersonalKeys;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline signs approvals and the export, writes the trusted keys file, and production checks the bundle with
 * {@code validate --trust} (keys unlocked with RETAIL_STUDIO_KEY_PASSWORD, set for the tests).
 */
class KeysCommandTest {

    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    private String approvedAndExported(Path folder) {
        String workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("clearance.json");
        run("journey", "template", "clearance-offer", "--out", file.toString());
        assertEquals(0, run("journey", "import", "--workspace", workspace, "--file", file.toString(), "--as", "ana"),
                cli.err());
        run("journey", "submit", "--workspace", workspace, "--id", "clearance-offer", "--as", "ana");
        assertEquals(0, run("journey", "approve", "--workspace", workspace, "--id", "clearance-offer", "--as", "ben"),
                cli.err());
        assertEquals(0, run("export", "--workspace", workspace, "--out", folder.resolve("bundle").toString(),
                "--as", "dave"), cli.err());
        return workspace;
    }

    @Test
    void aRealExportPassesValidateTrustWithTheExportedKeys(@TempDir Path folder) throws Exception {
        String workspace = approvedAndExported(folder);
        Path keys = folder.resolve("team-keys.json");

        assertEquals(0, run("keys", "export", "--workspace", workspace, "--out", keys.toString()), cli.err());
        assertTrue(cli.out().startsWith("Wrote 2 keys of 2 people to " + keys), cli.out());
        assertEquals(1, run("keys", "export", "--workspace", workspace, "--out", keys.toString()));
        assertEquals("retail-studio: " + keys + " already exists; add --force to replace it.", cli.err().strip());
        assertEquals(0, run("keys", "export", "--workspace", workspace, "--out", keys.toString(), "--force"));
        assertEquals(0, run("keys", "list", "--workspace", workspace));
        assertEquals(2, cli.out().lines().count(), cli.out());
        assertTrue(cli.out().lines().allMatch(line -> line.matches("(ben|dave)\t[0-9a-f]{64}\t.+")),
                cli.out());

        assertEquals(0, run("validate", folder.resolve("bundle").toString(), "--trust", keys.toString()),
                cli.out() + cli.err());
        assertEquals(folder.resolve("bundle") + " is a valid bundle; every signature is made by a key in " + keys
                + ".", cli.out().strip());
    }

    @Test
    @Tag("slow") // an export-sign-validate round trip; the plain one and the tampered one stay fast
    void aSecondExportAsAZipStillNamesTheApproverAndPassesValidateTrust(@TempDir Path folder) throws Exception {
        String workspace = approvedAndExported(folder);
        Path keys = folder.resolve("team-keys.json");
        Path zip = folder.resolve("again.zip");

        // The first export moved the review on (its decidedBy is now the exporter); the approver must not change.
        assertEquals(0, run("export", "--workspace", workspace, "--out", zip.toString(), "--zip", "--as", "erin"),
                cli.err());
        run("keys", "export", "--workspace", workspace, "--out", keys.toString());

        assertEquals(0, run("validate", zip.toString(), "--trust", keys.toString()), cli.out() + cli.err());
        try (var archive = new ZipFile(zip.toFile())) {
            String manifest = new String(archive.getInputStream(archive.getEntry("manifest.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(manifest.contains("\"approvedBy\" : \"ben\""), manifest);
            assertTrue(manifest.contains("\"signedBy\" : \"erin\""), manifest);
        }
    }

    @Test
    @Tag("slow") // an export-sign-validate round trip; the plain one and the tampered one stay fast
    void withoutTrustValidateSaysPlainlyThatSignaturesWereNotCheckedAndStillExitsZero(@TempDir Path folder) {
        approvedAndExported(folder);

        assertEquals(0, run("validate", folder.resolve("bundle").toString()), cli.out() + cli.err());

        assertTrue(cli.out().contains(ValidateCommand.NOT_CHECKED), cli.out());
    }

    @Test
    void aBundleEditedWithItsChecksumFixedFailsValidateTrustButNotPlainValidate(@TempDir Path folder)
            throws Exception {
        String workspace = approvedAndExported(folder);
        Path keys = folder.resolve("team-keys.json");
        run("keys", "export", "--workspace", workspace, "--out", keys.toString());
        Path bundle = folder.resolve("bundle");
        Path journey = bundle.resolve("journeys/clearance-offer-v1.json");
        Files.writeString(journey, Files.readString(journey).replace("\"holdoutPercent\": 10", "\"holdoutPercent\": 0"));
        String sha256 = BundleTamperSupport.sha256(Files.readAllBytes(journey));
        Path manifest = bundle.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst(
                "\"journeys/clearance-offer-v1.json\" : \"[0-9a-f]{64}\"",
                "\"journeys/clearance-offer-v1.json\" : \"" + sha256 + "\""));

        assertEquals(0, run("validate", bundle.toString()), "checksums alone can be recomputed by anyone");
        assertEquals(1, run("validate", bundle.toString(), "--trust", keys.toString()));
        assertTrue(cli.out().contains("- journeys/clearance-offer-v1.json is not what ben approved"),
                cli.out());
        assertTrue(cli.out().contains("- manifest.json has changed since dave signed it"), cli.out());
    }

    @Test
    @Tag("slow") // an export-sign-validate round trip; the plain one and the tampered one stay fast
    void aWrongPasswordStopsTheApprovalWithOneSentence(@TempDir Path folder) throws Exception {
        String home = System.getProperty("user.home");
        System.setProperty("user.home", folder.resolve("home").toString());
        try {
            // ben's key was made with another password than the one the environment gives.
            new PersonalKeys(folder.resolve("home/.retail-studio/keys"), Clock.systemUTC())
                    .create("ben", KeyPasswords.of("ben's own".toCharArray()));
            String workspace = folder.resolve("ws").toString();
            Path file = folder.resolve("winback.json");
            run("journey", "template", "winback", "--out", file.toString());
            run("journey", "import", "--workspace", workspace, "--file", file.toString(), "--as", "ana");
            run("journey", "submit", "--workspace", workspace, "--id", "winback", "--as", "ana");

            assertEquals(1, run("journey", "approve", "--workspace", workspace, "--id", "winback", "--as", "ben"));

            assertEquals("retail-studio: The password does not unlock ben's signing key "
                    + folder.resolve("home/.retail-studio/keys/ben.p12").toAbsolutePath() + "; give the password "
                    + "chosen when the key was made (if it is forgotten the key is lost: run 'retail-studio keys new "
                    + "--as ben --replace').", cli.err().strip());
            assertEquals(0, run("journey", "list", "--workspace", workspace));
            assertTrue(cli.out().contains("in_review") || cli.out().contains("in review"),
                    cli.out());
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    @Tag("slow") // an export-sign-validate round trip; the plain one and the tampered one stay fast
    void exportingAnApprovalFromBeforeSigningSaysValidateTrustWillRefuseIt(@TempDir Path folder) {
        String workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("winback.json");
        run("journey", "template", "winback", "--out", file.toString());
        run("journey", "import", "--workspace", workspace, "--file", file.toString(), "--as", "ana");
        run("journey", "submit", "--workspace", workspace, "--id", "winback", "--as", "ana");
        try (var opened = Workspace.open(folder.resolve("ws"))) {
            opened.reviews().move("journey", "winback", 1, EnumSet.of(
                    ReviewState.IN_REVIEW),
                    ReviewState.APPROVED, "ben", Optional.empty(),
                    "review.approved"); // as approvals were stored before V7
        }

        assertEquals(0, run("export", "--workspace", workspace, "--out", folder.resolve("bundle").toString(),
                "--as", "dave"), cli.err());

        assertTrue(cli.out().contains("Note: journey 'winback' v1 was approved before approvals were signed, so "
                + "'validate --trust' will refuse the bundle; approve a new version."), cli.out());
    }

    @Test
    @Tag("slow") // an export-sign-validate round trip; the plain one and the tampered one stay fast
    void aMissingTrustFileIsOneSentence(@TempDir Path folder) {
        approvedAndExported(folder);

        assertEquals(1, run("validate", folder.resolve("bundle").toString(), "--trust",
                folder.resolve("nope.json").toString()));

        assertEquals("retail-studio: There is no trusted keys file " + folder.resolve("nope.json") + "; production "
                + "keeps the one 'retail-studio keys export' wrote.", cli.err().strip());
    }

    @Test
    @Tag("slow") // an export-sign-validate round trip; the plain one and the tampered one stay fast
    void aLostKeyFileStopsTheApprovalWithOneSentenceAndKeysNewRecovers(@TempDir Path folder) throws Exception {
        String home = System.getProperty("user.home");
        System.setProperty("user.home", folder.resolve("home").toString());
        try {
            String workspace = approvedAndExported(folder);
            Path benKey = folder.resolve("home/.retail-studio/keys/ben.p12");
            assertTrue(Files.isRegularFile(benKey));
            Files.delete(benKey);
            run("journey", "template", "winback", "--out", folder.resolve("winback.json").toString());
            run("journey", "import", "--workspace", workspace, "--file", folder.resolve("winback.json").toString(),
                    "--as", "ana");
            run("journey", "submit", "--workspace", workspace, "--id", "winback", "--as", "ana");

            assertEquals(1, run("journey", "approve", "--workspace", workspace, "--id", "winback", "--as", "ben"));
            String sentence = cli.err().strip();
            assertTrue(sentence.startsWith("retail-studio: ben's signing key (key id "), sentence);
            assertTrue(sentence.endsWith("; restore that file from a backup, or run 'retail-studio keys new --as ben' "
                    + "to make and register a new key and give production the new team keys file."), sentence);
            assertEquals(1, sentence.lines().count());

            assertEquals(0, run("keys", "new", "--workspace", workspace, "--as", "ben"), cli.err());
            assertEquals(0, run("journey", "approve", "--workspace", workspace, "--id", "winback", "--as", "ben"),
                    cli.err());
            assertEquals(0, run("keys", "list", "--workspace", workspace));
            assertEquals(2, cli.out().lines().filter(line -> line.startsWith("ben\t")).count(), cli.out());
        } finally {
            System.setProperty("user.home", home);
        }
    }
}
