package com.retailstudio.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.app.signing.CanonicalJson;
import com.retailstudio.app.signing.Ed25519;
import com.retailstudio.app.signing.SigningKey;
import java.util.Optional;

/**
 * The exporter's signature of {@code manifest.json}, kept in the manifest's own {@code signature} field. It is made
 * over the {@link CanonicalJson} form of {@code {"manifest": <the manifest without "signature">, "purpose":
 * "retail-studio manifest v1"}}; since the manifest lists the SHA-256 of every other file (the README included), it
 * covers the whole bundle.
 *
 * @param signedBy who exported, by name (must be the trusted key's person)
 * @param keyId    the id of the exporter's public key
 * @param value    the Base64 Ed25519 signature
 */
record ManifestSignature(String signedBy, String keyId, String value) {

    static final String FIELD = "signature";
    static final String PURPOSE = "retail-studio manifest v1";
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The manifest text with the key's signature added as its last field. */
    static String sign(String manifestJson, SigningKey key) {
        ObjectNode root = (ObjectNode) CanonicalJson.parse(manifestJson);
        root.remove(FIELD);
        ObjectNode signature = root.putObject(FIELD);
        signature.put("algorithm", Ed25519.ALGORITHM);
        signature.put("signedBy", key.person());
        signature.put("keyId", key.keyId());
        signature.put("value", key.sign(signedBytes(root)));
        try {
            return PRETTY.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A manifest always serialises", e);
        }
    }

    /** The signature in the manifest; empty when it has none. */
    static Optional<ManifestSignature> read(JsonNode manifest) {
        JsonNode signature = manifest.get(FIELD);
        if (signature == null || !signature.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new ManifestSignature(signature.path("signedBy").asText(""),
                signature.path("keyId").asText(""), signature.path("value").asText("")));
    }

    /** What the signature is made over: the manifest tree without its {@code signature} field. */
    static byte[] signedBytes(JsonNode manifest) {
        ObjectNode unsigned = manifest.deepCopy();
        unsigned.remove(FIELD);
        ObjectNode statement = CanonicalJson.object();
        statement.put("purpose", PURPOSE);
        statement.set("manifest", unsigned);
        return CanonicalJson.of(statement);
    }
}
