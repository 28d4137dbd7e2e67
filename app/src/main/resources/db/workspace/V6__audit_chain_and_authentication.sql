-- The audit log's hash chain, and whether the database authenticated each entry's actor. Portable SQL: the same
-- script runs on H2 and on PostgreSQL. Idempotent for the same reason as V1.
--
-- entry_hash    SHA-256 (hex) of the entry's previous_hash and its canonical content (AuditChain.canonical)
-- previous_hash the entry_hash of the entry appended before it (for the first chained entry: the digest of the
--               entries written before this migration, which carry no hash)
-- authenticated TRUE only when the database itself vouches for the actor (a PostgreSQL login); an H2 file has no
--               logins, so every entry written there is FALSE, "not authenticated"

ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS authenticated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS previous_hash CHAR(64);
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS entry_hash CHAR(64);

-- One row: the newest chained entry. Each append reads it with SELECT ... FOR UPDATE and moves it in the same
-- transaction as its INSERT, so two writers can never chain from the same previous entry (the second waits for the
-- first to commit). last_hash NULL means nothing is chained yet.
CREATE TABLE IF NOT EXISTS audit_chain_head (
    id            INT    NOT NULL PRIMARY KEY,
    last_entry_id BIGINT,
    last_hash     CHAR(64),
    chained       BIGINT NOT NULL,
    CONSTRAINT audit_chain_head_one_row CHECK (id = 1)
);

INSERT INTO audit_chain_head (id, chained)
    SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM audit_chain_head);
