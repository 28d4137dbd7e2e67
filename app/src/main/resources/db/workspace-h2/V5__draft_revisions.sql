-- Optimistic versions: each journey draft counts its saves, and a save names the revision it started from, so a
-- change made meanwhile by someone else is refused instead of overwritten. Idempotent for the same reason as V1.

ALTER TABLE journey_drafts ADD COLUMN IF NOT EXISTS revision INT DEFAULT 1 NOT NULL;
