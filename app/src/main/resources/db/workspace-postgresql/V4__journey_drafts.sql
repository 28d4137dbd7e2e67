-- The working draft of each journey (see workspace-h2/V4), in PostgreSQL's types.

CREATE TABLE journey_drafts (
    journey_id VARCHAR(200) NOT NULL PRIMARY KEY,
    name       VARCHAR(400) NOT NULL,
    author     VARCHAR(200) NOT NULL,
    steps      INT          NOT NULL,
    body       TEXT         NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX journey_drafts_by_update ON journey_drafts (updated_at);
