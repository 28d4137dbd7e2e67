-- Optimistic versions on journey drafts (as workspace-h2/V5), and the rules of a team workspace that the database
-- itself enforces, whatever client issues the SQL:
--   * the person is the login (session_user): every author, submitter, decider and audit actor a row names must be it;
--   * saved document versions never change;
--   * the review state machine: a version is submitted (IN_REVIEW) by a designer; only a reviewer who did not write
--     it approves it or requests changes, and only while it is in review; only an approved version is exported;
--     an admin, or the person who decided it, archives it.
-- Roles (retail_designer, retail_reviewer, retail_admin) are created by `retail-studio workspace init`, which runs
-- this script.

ALTER TABLE journey_drafts ADD COLUMN revision INT DEFAULT 1 NOT NULL;

CREATE FUNCTION retail_is(role_name TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name)
        AND pg_has_role(session_user, role_name, 'MEMBER')
$$;

CREATE FUNCTION retail_require_login(who TEXT, what TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    IF who IS DISTINCT FROM session_user::TEXT THEN
        RAISE EXCEPTION 'The % must be the signed-in person, %, not %.', what, session_user, COALESCE(who, 'nobody')
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE FUNCTION documents_by_the_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'Saved versions never change: % of % ''%'' v% was rejected.', TG_OP, OLD.kind, OLD.doc_id,
            OLD.version USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM retail_require_login(NEW.author, 'author of a saved version');
    RETURN NEW;
END
$$;

CREATE TRIGGER documents_by_the_login
    BEFORE INSERT OR UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_by_the_login();

CREATE FUNCTION journey_drafts_by_the_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM retail_require_login(NEW.author, 'person changing a journey draft');
    RETURN NEW;
END
$$;

CREATE TRIGGER journey_drafts_by_the_login
    BEFORE INSERT OR UPDATE ON journey_drafts
    FOR EACH ROW EXECUTE FUNCTION journey_drafts_by_the_login();

CREATE FUNCTION audit_log_by_the_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM retail_require_login(NEW.actor, 'actor of an audit entry');
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_log_by_the_login
    BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_by_the_login();

CREATE FUNCTION reviews_state_machine() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    what TEXT;
    written_by TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Reviews are never deleted; archive the version instead.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    what := NEW.kind || ' ''' || NEW.doc_id || ''' v' || NEW.version;
    IF TG_OP = 'INSERT' THEN
        SELECT author INTO written_by FROM documents
            WHERE kind = NEW.kind AND doc_id = NEW.doc_id AND version = NEW.version;
        IF NEW.state <> 'IN_REVIEW' OR NEW.decided_by IS NOT NULL OR NEW.decided_at IS NOT NULL THEN
            RAISE EXCEPTION '% can only be submitted for review, not recorded as %.', what, NEW.state
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.author IS DISTINCT FROM written_by THEN
            RAISE EXCEPTION '% was written by %, not %.', what, written_by, NEW.author
                USING ERRCODE = 'check_violation';
        END IF;
        PERFORM retail_require_login(NEW.submitted_by, 'submitter');
        IF NOT (retail_is('retail_designer') OR retail_is('retail_admin')) THEN
            RAISE EXCEPTION '% cannot submit %: submitting needs the retail_designer role.', session_user, what
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;

    IF (NEW.kind, NEW.doc_id, NEW.version, NEW.author, NEW.submitted_by, NEW.submitted_at)
            IS DISTINCT FROM (OLD.kind, OLD.doc_id, OLD.version, OLD.author, OLD.submitted_by, OLD.submitted_at) THEN
        RAISE EXCEPTION 'Which version a review is about, who wrote and who submitted it never change (%).', what
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM retail_require_login(NEW.decided_by, 'person deciding a review');

    IF NEW.state IN ('APPROVED', 'CHANGES_REQUESTED') THEN
        IF OLD.state <> 'IN_REVIEW' THEN
            RAISE EXCEPTION '% is %; only a version in review can become %.', what, lower(OLD.state), lower(NEW.state)
                USING ERRCODE = 'check_violation';
        END IF;
        IF NOT retail_is('retail_reviewer') THEN
            RAISE EXCEPTION '% cannot review %: approving and requesting changes need the retail_reviewer role.',
                session_user, what USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.state = 'APPROVED' AND session_user::TEXT = OLD.author THEN
            RAISE EXCEPTION '% wrote % and cannot approve it; someone else must review it (four-eyes).',
                session_user, what USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF NEW.state = 'EXPORTED' THEN
        IF OLD.state NOT IN ('APPROVED', 'EXPORTED') THEN
            RAISE EXCEPTION '% is %; only an approved version can be exported.', what, lower(OLD.state)
                USING ERRCODE = 'check_violation';
        END IF;
        IF NOT (retail_is('retail_designer') OR retail_is('retail_reviewer') OR retail_is('retail_admin')) THEN
            RAISE EXCEPTION '% cannot export %: exporting needs a Retail Studio role.', session_user, what
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF NEW.state = 'ARCHIVED' THEN
        IF OLD.state = 'ARCHIVED' THEN
            RAISE EXCEPTION '% is already archived.', what USING ERRCODE = 'check_violation';
        END IF;
        IF NOT (retail_is('retail_admin') OR session_user::TEXT = OLD.decided_by) THEN
            RAISE EXCEPTION '% cannot archive %: only an admin or the person who decided it can.', session_user, what
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSE
        RAISE EXCEPTION '% cannot go from % back to %.', what, lower(OLD.state), lower(NEW.state)
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER reviews_state_machine
    BEFORE INSERT OR UPDATE OR DELETE ON reviews
    FOR EACH ROW EXECUTE FUNCTION reviews_state_machine();
