package com.retailstudio.app.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.PublicKeyDirectory;
import com.retailstudio.app.workspace.RegisteredKey;
import com.retailstudio.app.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's key: made on first use, kept behind their password, registered, never replaced silently. */
class PersonalKeysTest {

    private static final KeyPasswords RIGHT = KeyPasswords.of("right horse battery".toCharArray());
    private static final KeyPasswords WRONG = KeyPasswords.of("wrong".toCharArray());

    @TempDir
    Path temp;
    private Workspace workspace;
    private PersonalKeys keys;
    private WorkspaceSigners signers;

    @BeforeEach
    void open() {
        workspace = Workspace.open(temp.resolve("workspace"));
        keys = new PersonalKeys(temp.resolve("home/.retail-studio/keys"), Clock.systemUTC());
        signers = new WorkspaceSigners(keys, workspace.publicKeys(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aKeyIsMadeOnFirstUseKeptInAPasswordProtectedPkcs12FileAndRegistered() throws Exception {
        SigningKey made = signers.keyFor("ben", RIGHT);

        Path file = temp.resolve("home/.retail-studio/keys/ben.p12");
        assertTrue(Files.isRegularFile(file));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, "right horse battery".toCharArray());
        }
        assertEquals(made.keyId(), Ed25519.keyId(store.getCertificate("retail-studio-signing").getPublicKey()));
        assertEquals(made.keyId(), signers.keyFor("ben", RIGHT).keyId(), "the second use opens the same key");
        List<RegisteredKey> registered = workspace.publicKeys().forPerson("ben");
        assertEquals(List.of(made.keyId()), registered.stream().map(RegisteredKey::keyId).toList());
        assertEquals(Ed25519.encode(made.publicKey()), registered.get(0).publicKey());
        assertEquals(1, workspace.auditLog().query(AuditQuery.all().withAction(PublicKeyDirectory.REGISTERED)
                .forObject("signing_key", made.keyId()).byActor("ben")).size());
        assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("BEGIN PRIVATE KEY"));
    }

    @Test
    void aSignatureVerifiesWithTheRegisteredPublicKeyOnlyForTheSameBytes() {
        SigningKey key = signers.keyFor("ben", RIGHT);
        byte[] content = "holdout 10".getBytes(StandardCharsets.UTF_8);
        String signature = key.sign(content);

        var registered = Ed25519.decode(workspace.publicKeys().find(key.keyId()).orElseThrow().publicKey());
        assertTrue(Ed25519.verify(registered, content, signature));
        assertFalse(Ed25519.verify(registered, "holdout 0".getBytes(StandardCharsets.UTF_8), signature));
    }

    @Test
    void aWrongPasswordIsOneSentenceSayingWhatToDo() {
        signers.keyFor("ben", RIGHT);

        SigningKeyException refused = assertThrows(SigningKeyException.class, () -> signers.keyFor("ben", WRONG));

        assertEquals("The password does not unlock ben's signing key " + keys.keystore("ben") + "; give the password "
                + "chosen when the key was made (if it is forgotten the key is lost: run 'retail-studio keys new --as "
                + "ben --replace').", refused.getMessage());
    }

    @Tag("slow") // makes two keys; fast: the first three tests here
    @Test
    void aLostKeyFileIsOneSentenceAndNoNewKeyIsMadeSilently() throws Exception {
        SigningKey lost = signers.keyFor("ben", RIGHT);
        Files.delete(keys.keystore("ben"));

        SigningKeyException refused = assertThrows(SigningKeyException.class, () -> signers.keyFor("ben", RIGHT));

        assertTrue(refused.getMessage().startsWith("ben's signing key (key id " + lost.keyId().substring(0, 16)),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith(" is not in " + keys.keystore("ben") + "; restore that file from a "
                + "backup, or run 'retail-studio keys new --as ben' to make and register a new key and give "
                + "production the new team keys file."), refused.getMessage());
        assertFalse(Files.exists(keys.keystore("ben")));
    }

    @Tag("slow") // makes two keys; fast: the first three tests here
    @Test
    void aNewKeyAfterALossIsRegisteredBesideTheOldOne() {
        SigningKey lost = signers.keyFor("ben", RIGHT);
        assertThrows(SigningKeyException.class, () -> signers.newKey("ben", RIGHT, false),
                "an existing key is replaced only with --replace");

        SigningKey replacement = signers.newKey("ben", RIGHT, true);

        assertNotEquals(lost.keyId(), replacement.keyId());
        assertEquals(List.of(lost.keyId(), replacement.keyId()), workspace.publicKeys().forPerson("ben").stream()
                .map(RegisteredKey::keyId).toList());
        assertEquals(replacement.keyId(), signers.keyFor("ben", RIGHT).keyId());
    }

    @Test
    void noPasswordAtAllIsOneSentenceNamingTheEnvironmentVariable() {
        KeyPasswords none = (person, keystore, creating) -> Optional.empty();

        SigningKeyException refused = assertThrows(SigningKeyException.class, () -> signers.keyFor("ben", none));

        assertEquals("No password was given for ben's signing key " + keys.keystore("ben") + "; set "
                + "RETAIL_STUDIO_KEY_PASSWORD or run the command in a terminal to be asked.", refused.getMessage());
    }

    @Test
    void namesThatDifferOnlyInPunctuationGetTheirOwnFiles() {
        assertNotEquals(keys.keystore("a b"), keys.keystore("a_b"));
        assertNotEquals(keys.keystore("a*b"), keys.keystore("a_b"));
        assertEquals(temp.resolve("home/.retail-studio/keys").toAbsolutePath(), keys.keystore("../../x").getParent());
    }
}
