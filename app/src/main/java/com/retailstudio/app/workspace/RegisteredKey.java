package com.retailstudio.app.workspace;

import java.time.Instant;

/**
 * A public key in the workspace's directory.
 *
 * @param keyId     SHA-256 of the key's X.509 encoding, hex
 * @param publicKey Base64 of the X.509 encoding
 */
public record RegisteredKey(String person, String keyId, String algorithm, String publicKey, Instant registeredAt) {
}
