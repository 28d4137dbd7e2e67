-- On a team workspace (workspace-postgresql/V8) the database checks who registers keys and signs approvals; an H2
-- file has no logins to check against, so here this version only indexes the signatures by key.

CREATE INDEX IF NOT EXISTS approval_signatures_by_key ON approval_signatures (key_id);
