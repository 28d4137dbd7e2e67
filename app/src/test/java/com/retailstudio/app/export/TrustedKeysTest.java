package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.retailstudio.app.signing.Ed25519;
import com.retailstudio.app.signing.KeyPasswords;
import com.retailstudio.app.signing.PersonalKeys;
import com.retailstudio.app.signing.SigningKey;
import com.retailstudio.app.workspace.RegisteredKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trusted keys file production keeps: written stably, read strictly. */
class TrustedKeysTest {

    @TempDir
    Path temp;

    private RegisteredKey registered(String person) {
        SigningKey key = new PersonalKeys(temp.resolve("keys"), Clock.systemUTC()).create(person,
                KeyPasswords.of("pw".toCharArray()));
        return new RegisteredKey(person, key.keyId(), Ed25519.ALGORITHM, Ed25519.encode(key.publicKey()),
                Instant.parse("2026-12-07T10:00:00Z"));
    }

    @Test
    void aWrittenFileReadsBackEveryKeyWithItsPerson() throws Exception {
        RegisteredKey ben = registered("ben");
        RegisteredKey ana = registered("ana");
        Path file = Files.writeString(temp.resolve("team-keys.json"), TrustedKeys.write(List.of(ben, ana)));

        TrustedKeys read = TrustedKeys.read(file);

        assertEquals("ben", read.find(ben.keyId()).orElseThrow().person());
        assertEquals("ana", read.find(ana.keyId()).orElseThrow().person());
        assertEquals(TrustedKeys.write(List.of(ana, ben)), Files.readString(file), "sorted by person: byte-stable");
    }

    @Test
    void aKeyIdThatIsNotItsPublicKeysIsRefusedNamingThePointer() throws Exception {
        RegisteredKey ben = registered("ben");
        RegisteredKey cara = registered("cara");
        String swapped = TrustedKeys.write(List.of(ben)).replace(ben.publicKey(), cara.publicKey());
        Path file = Files.writeString(temp.resolve("team-keys.json"), swapped);

        BundleFormatException refused = assertThrows(BundleFormatException.class, () -> TrustedKeys.read(file));

        assertEquals(file + " /keys/0/keyId is not the SHA-256 of its public key.", refused.getMessage());
    }

    @Test
    void aFileThatIsNotAKeysFileIsRefused() throws Exception {
        Path file = Files.writeString(temp.resolve("manifest.json"), "{\"schemaVersion\": 1, \"items\": []}");

        BundleFormatException refused = assertThrows(BundleFormatException.class, () -> TrustedKeys.read(file));

        assertEquals(file + " /keys must be a list of keys.", refused.getMessage());
    }
}
