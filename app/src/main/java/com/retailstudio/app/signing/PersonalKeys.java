package com.retailstudio.app.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Each person's Ed25519 key pair, in a password-protected PKCS#12 keystore {@code NAME.p12} in a folder of their home
 * ({@code ~/.retail-studio/keys}). The private key never leaves that file except to sign.
 */
public final class PersonalKeys {

    private static final String ALIAS = "retail-studio-signing";
    private static final String TYPE = "PKCS12";

    private final Path folder;
    private final Clock clock;

    public PersonalKeys(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath();
        this.clock = clock;
    }

    /** {@code ~/.retail-studio/keys}, under the {@code user.home} system property. */
    public static PersonalKeys inUserHome() {
        return new PersonalKeys(Path.of(System.getProperty("user.home"), ".retail-studio", "keys"), Clock.systemUTC());
    }

    /** The person's keystore file; names are encoded so that two people never share a file. */
    public Path keystore(String person) {
        String encoded = URLEncoder.encode(person, StandardCharsets.UTF_8).replace("*", "%2A");
        return folder.resolve(encoded + ".p12");
    }

    public boolean exists(String person) {
        return Files.isRegularFile(keystore(person));
    }

    /** Opens the person's existing keystore with their password. */
    public SigningKey unlock(String person, KeyPasswords passwords) {
        Path file = keystore(person);
        char[] password = passwordFor(person, file, passwords, false);
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(in, password);
            if (!(store.getKey(ALIAS, password) instanceof PrivateKey key)) {
                throw new SigningKeyException(file + " holds no Retail Studio signing key; move it away and run "
                        + "'retail-studio keys new --as " + person + "'.");
            }
            Certificate certificate = store.getCertificate(ALIAS);
            return new SigningKey(person, key, certificate.getPublicKey());
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw wrongPassword(person, file, e);
            }
            throw new SigningKeyException(person + "'s signing key " + file + " cannot be read: " + e.getMessage(), e);
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(person, file, e);
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException(person + "'s signing key " + file + " cannot be read: " + e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Makes the person's key pair and keystore; refused when they already have one. */
    public SigningKey create(String person, KeyPasswords passwords) {
        Path file = keystore(person);
        if (Files.exists(file)) {
            throw new SigningKeyException(person + " already has a signing key in " + file + ".");
        }
        char[] password = passwordFor(person, file, passwords, true);
        try {
            KeyPair pair = Ed25519.newKeyPair();
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), password,
                    new Certificate[] {KeyCertificate.create(pair, person, clock.instant())});
            Files.createDirectories(folder);
            Path staging = Files.createTempFile(folder, ".key-", ".p12");
            try (OutputStream out = Files.newOutputStream(staging)) {
                store.store(out, password);
            }
            // Appears whole or not at all: a half-written keystore would look like a wrong password.
            Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE);
            return new SigningKey(person, pair.getPrivate(), pair.getPublic());
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningKeyException(person + "'s signing key could not be written to " + file + ": "
                    + e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Moves the person's keystore aside (a forgotten password) and returns where it went. */
    public Path retire(String person) {
        Path file = keystore(person);
        Path aside = file.resolveSibling(file.getFileName() + ".retired-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant()));
        try {
            return Files.move(file, aside);
        } catch (IOException e) {
            throw new SigningKeyException(file + " could not be moved aside: " + e.getMessage(), e);
        }
    }

    private static char[] passwordFor(String person, Path file, KeyPasswords passwords, boolean creating) {
        char[] password = passwords.password(person, file.toString(), creating).orElseThrow(() ->
                new SigningKeyException("No password was given for " + person + "'s signing key " + file + "; set "
                        + KeyPasswords.ENVIRONMENT_VARIABLE + " or run the command in a terminal to be asked."));
        if (creating && password.length == 0) {
            throw new SigningKeyException("A signing key needs a password that is not empty.");
        }
        return password;
    }

    private static SigningKeyException wrongPassword(String person, Path file, Exception cause) {
        return new SigningKeyException("The password does not unlock " + person + "'s signing key " + file
                + "; give the password chosen when the key was made (if it is forgotten the key is lost: run "
                + "'retail-studio keys new --as " + person + " --replace').", cause);
    }
}
