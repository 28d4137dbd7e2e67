-- Review state of each submitted document version (four-eyes approval). Every change to a row is also written to
-- the audit log in the same transaction. Idempotent for the same reason as V1.

CREATE TABLE IF NOT EXISTS reviews (
    kind         VARCHAR(64)   NOT NULL,
    doc_id       VARCHAR(200)  NOT NULL,
    version      INT           NOT NULL,
    state        VARCHAR(32)   NOT NULL,
    author       VARCHAR(200)  NOT NULL,
    submitted_by VARCHAR(200)  NOT NULL,
    submitted_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    decided_by   VARCHAR(200),
    decided_at   TIMESTAMP(9) WITH TIME ZONE,
    comment      VARCHAR(4000),
    CONSTRAINT reviews_pk PRIMARY KEY (kind, doc_id, version),
    CONSTRAINT reviews_document FOREIGN KEY (kind, doc_id, version) REFERENCES documents (kind, doc_id, version)
);

CREATE INDEX IF NOT EXISTS reviews_by_state ON reviews (state, submitted_at);
