-- The working draft of each journey, written in place on every edit in the designer so that closing the window or a
-- crash loses nothing. Versions for review stay in `documents`. Idempotent for the same reason as V1.

CREATE TABLE IF NOT EXISTS journey_drafts (
    journey_id VARCHAR(200) NOT NULL PRIMARY KEY,
    name       VARCHAR(400) NOT NULL,
    author     VARCHAR(200) NOT NULL,
    steps      INT          NOT NULL,
    body       CHARACTER LARGE OBJECT NOT NULL,
    updated_at TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

CREATE INDEX IF NOT EXISTS journey_drafts_by_update ON journey_drafts (updated_at);
