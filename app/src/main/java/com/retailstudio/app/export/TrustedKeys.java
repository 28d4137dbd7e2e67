package com.retailstudio.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.app.signing.Ed25519;
import com.retailstudio.app.workspace.RegisteredKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The public keys production trusts ({@code team-keys.json}, written by {@code retail-studio keys export}): which
 * person each key belongs to. A bundle is trusted only when every signature in it was made by one of these keys.
 *
 * @param source where the keys were read from, for messages
 */
public record TrustedKeys(String source, Map<String, TrustedKey> byKeyId) {

    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public TrustedKeys {
        byKeyId = Map.copyOf(byKeyId);
    }

    /** One trusted public key and its owner. */
    public record TrustedKey(String person, String keyId, PublicKey publicKey, Instant registeredAt) {
    }

    public Optional<TrustedKey> find(String keyId) {
        return Optional.ofNullable(byKeyId.get(keyId));
    }

    /** The keys file for the workspace's registered keys, byte-stable for the same keys. */
    public static String write(List<RegisteredKey> keys) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("purpose", "public keys whose signatures production trusts in Retail Studio bundles");
        ArrayNode array = root.putArray("keys");
        keys.stream().sorted((a, b) -> a.person().equals(b.person())
                        ? a.registeredAt().compareTo(b.registeredAt()) : a.person().compareTo(b.person()))
                .forEach(key -> {
                    ObjectNode node = array.addObject();
                    node.put("person", key.person());
                    node.put("keyId", key.keyId());
                    node.put("algorithm", key.algorithm());
                    node.put("publicKey", key.publicKey());
                    node.put("registeredAt", key.registeredAt().toString());
                });
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A keys file always serialises", e);
        }
    }

    /** The registered keys themselves, e.g. to check a bundle right after exporting it. */
    public static TrustedKeys of(String source, List<RegisteredKey> keys) {
        Map<String, TrustedKey> byKeyId = new TreeMap<>();
        keys.forEach(key -> byKeyId.put(key.keyId(), new TrustedKey(key.person(), key.keyId(),
                Ed25519.decode(key.publicKey()), key.registeredAt())));
        return new TrustedKeys(source, byKeyId);
    }

    /** Reads a keys file, naming the file and the JSON pointer of the first bad value. */
    public static TrustedKeys read(Path file) throws IOException {
        String name = file.toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BundleFormatException(name + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.path("schemaVersion").asInt(-1) != SCHEMA_VERSION) {
            throw new BundleFormatException(name + " /schemaVersion must be " + SCHEMA_VERSION
                    + " (a keys file written by 'retail-studio keys export').");
        }
        JsonNode keys = root.path("keys");
        if (!keys.isArray()) {
            throw new BundleFormatException(name + " /keys must be a list of keys.");
        }
        Map<String, TrustedKey> byKeyId = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            JsonNode key = keys.get(i);
            String at = name + " /keys/" + i;
            String person = key.path("person").asText("");
            String keyId = key.path("keyId").asText("");
            if (person.isBlank()) {
                throw new BundleFormatException(at + "/person is missing.");
            }
            if (!Ed25519.ALGORITHM.equals(key.path("algorithm").asText())) {
                throw new BundleFormatException(at + "/algorithm must be " + Ed25519.ALGORITHM + ".");
            }
            PublicKey publicKey;
            try {
                publicKey = Ed25519.decode(key.path("publicKey").asText(""));
            } catch (IllegalArgumentException e) {
                throw new BundleFormatException(at + "/publicKey is " + e.getMessage() + ".");
            }
            if (!Ed25519.keyId(publicKey).equals(keyId)) {
                throw new BundleFormatException(at + "/keyId is not the SHA-256 of its public key.");
            }
            Instant registeredAt;
            try {
                registeredAt = Instant.parse(key.path("registeredAt").asText(""));
            } catch (RuntimeException e) {
                throw new BundleFormatException(at + "/registeredAt is not an ISO-8601 instant.");
            }
            byKeyId.put(keyId, new TrustedKey(person, keyId, publicKey, registeredAt));
        }
        return new TrustedKeys(name, byKeyId);
    }
}
