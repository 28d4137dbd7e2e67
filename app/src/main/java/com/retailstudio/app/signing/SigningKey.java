package com.retailstudio.app.signing;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/** One person's key pair, unlocked from their keystore for signing. */
public record SigningKey(String person, PrivateKey privateKey, PublicKey publicKey) {

    public String keyId() {
        return Ed25519.keyId(publicKey);
    }

    /** The Base64 Ed25519 signature of the bytes. */
    public String sign(byte[] content) {
        return Base64.getEncoder().encodeToString(Ed25519.sign(privateKey, content));
    }

    @Override
    public String toString() {
        return "SigningKey[" + person + ", " + keyId() + "]"; // never the private key
    }
}
