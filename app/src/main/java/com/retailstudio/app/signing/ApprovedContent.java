package com.retailstudio.app.signing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an approver's signature is made over: the approved version's document and who wrote and approved which
 * version of what. Signing the names and the version too means the signature of one item cannot be moved to another,
 * and the approver recorded beside it cannot be swapped.
 *
 * <p>The signed bytes are the {@link CanonicalJson} form of
 * {@code {"approvedBy", "author", "content": <the document>, "id", "kind", "purpose": "retail-studio approval v1",
 * "version"}}. The approval time is not signed: it is set by the database when the decision is stored.
 */
public record ApprovedContent(String kind, String id, int version, String author, String approvedBy,
                              String documentJson) {

    public static final String PURPOSE = "retail-studio approval v1";

    /** The canonical bytes to sign or verify; throws {@link IllegalArgumentException} when the document is not JSON. */
    public byte[] bytes() {
        ObjectNode statement = CanonicalJson.object();
        statement.put("purpose", PURPOSE);
        statement.put("kind", kind);
        statement.put("id", id);
        statement.put("version", version);
        statement.put("author", author);
        statement.put("approvedBy", approvedBy);
        statement.set("content", CanonicalJson.parse(documentJson));
        return CanonicalJson.of(statement);
    }
}
