-- Signed approvals. `signing_keys` is the workspace's public key directory: every key that signed an approval or an
-- export, with the person it belongs to; keys are only added (a replaced key stays, so older approvals still
-- verify). `approval_signatures` holds the approver's Ed25519 signature of each approved version, written in the same
-- transaction as the approval. Portable SQL (H2 and PostgreSQL); idempotent for the same reason as V1.

CREATE TABLE IF NOT EXISTS signing_keys (
    key_id        VARCHAR(64)   NOT NULL PRIMARY KEY,
    person        VARCHAR(200)  NOT NULL,
    algorithm     VARCHAR(32)   NOT NULL,
    public_key    VARCHAR(400)  NOT NULL,
    registered_at TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

CREATE INDEX IF NOT EXISTS signing_keys_by_person ON signing_keys (person, registered_at);

CREATE TABLE IF NOT EXISTS approval_signatures (
    kind        VARCHAR(64)   NOT NULL,
    doc_id      VARCHAR(200)  NOT NULL,
    version     INT           NOT NULL,
    approved_by VARCHAR(200)  NOT NULL,
    key_id      VARCHAR(64)   NOT NULL,
    signature   VARCHAR(200)  NOT NULL,
    signed_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT approval_signatures_pk PRIMARY KEY (kind, doc_id, version),
    CONSTRAINT approval_signatures_review FOREIGN KEY (kind, doc_id, version) REFERENCES reviews (kind, doc_id, version),
    CONSTRAINT approval_signatures_key FOREIGN KEY (key_id) REFERENCES signing_keys (key_id)
);
