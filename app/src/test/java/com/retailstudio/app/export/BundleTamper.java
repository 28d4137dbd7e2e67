package com.retailstudio.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.retailstudio.app.signing.ApprovedContent;
import com.retailstudio.app.signing.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What an attacker (or a well-meaning hand) can do to a bundle folder: edit files, fix their checksums, edit the
 * manifest, sign it again with any key. Tamper tests of every area build their variants from these steps.
 */
public final class BundleTamper {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path bundle;

    private BundleTamper(Path bundle) {
        this.bundle = bundle;
    }

    /** A copy of the bundle folder at {@code target}, to tamper with. */
    public static BundleTamper copyOf(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BundleTamper(target);
    }

    public Path bundle() {
        return bundle;
    }

    public String read(String path) {
        try {
            return Files.readString(bundle.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BundleTamper write(String path, String content) {
        try {
            Files.createDirectories(bundle.resolve(path).getParent());
            Files.writeString(bundle.resolve(path), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public BundleTamper delete(String path) {
        try {
            Files.delete(bundle.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public BundleTamper editText(String path, UnaryOperator<String> edit) {
        return write(path, edit.apply(read(path)));
    }

    /** Edits a JSON file of the bundle as a tree (the manifest too: its signature field is kept as it was). */
    public BundleTamper editJson(String path, Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) tree(read(path));
        edit.accept(root);
        try {
            return write(path, JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BundleTamper editManifest(Consumer<ObjectNode> edit) {
        return editJson(BundleLayout.MANIFEST, edit);
    }

    /** Writes the file's current SHA-256 into the manifest, as anyone can. */
    public BundleTamper fixChecksum(String path) {
        String sha256 = BundleFiles.sha256(read(path).getBytes(StandardCharsets.UTF_8));
        return editManifest(manifest -> ((ObjectNode) manifest.get("files")).put(path, sha256));
    }

    /** Signs the manifest as it now is with the key (trusted or not), replacing its signature. */
    public BundleTamper signManifest(SigningKey key) {
        return write(BundleLayout.MANIFEST, ManifestSignature.sign(read(BundleLayout.MANIFEST), key));
    }

    /** Removes the manifest's signature and every approval signature: a bundle from before signing. */
    public BundleTamper unsign() {
        return editManifest(manifest -> {
            manifest.remove(ManifestSignature.FIELD);
            manifest.get("items").forEach(item -> ((ObjectNode) item).putNull("approvalSignature"));
        });
    }

    /** The manifest item whose document is at {@code path}. */
    public static ObjectNode item(ObjectNode manifest, String path) {
        for (JsonNode item : manifest.get("items")) {
            if (item.get("path").asText().equals(path)) {
                return (ObjectNode) item;
            }
        }
        throw new IllegalArgumentException("no item at " + path);
    }

    /** Signs the item's bundled document as approved by the key's person, as if they had approved it. */
    public BundleTamper signApproval(String path, SigningKey key) {
        String document = read(path);
        return editManifest(manifest -> {
            ObjectNode item = item(manifest, path);
            item.put("approvedBy", key.person());
            byte[] content = new ApprovedContent(item.get("kind").asText(), item.get("id").asText(),
                    item.get("version").asInt(), item.get("author").asText(), key.person(), document).bytes();
            ObjectNode signature = item.putObject("approvalSignature");
            signature.put("keyId", key.keyId());
            signature.put("signature", key.sign(content));
        });
    }

    /** Sets every field of that name, anywhere in the tree. */
    public static void setEverywhere(JsonNode node, String field, JsonNode value) {
        if (node instanceof ObjectNode object) {
            if (object.has(field)) {
                object.set(field, value);
            }
            object.forEach(child -> setEverywhere(child, field, value));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> setEverywhere(child, field, value));
        }
    }

    public static TextNode text(String value) {
        return TextNode.valueOf(value);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
