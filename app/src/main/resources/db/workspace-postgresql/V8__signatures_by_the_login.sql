-- The public key directory and approval signatures (V7) on a team workspace: the database itself makes sure that a
-- person registers only their own key, that an approval is signed only by the login who approved it, with a key of
-- theirs, in the transaction that approved it, and that neither table's rows ever change (keys are only added).

CREATE INDEX IF NOT EXISTS approval_signatures_by_key ON approval_signatures (key_id);

CREATE FUNCTION signing_keys_by_the_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'Registered keys never change: % of key % was rejected.', TG_OP, OLD.key_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM retail_require_login(NEW.person, 'owner of a signing key');
    RETURN NEW;
END
$$;

CREATE TRIGGER signing_keys_by_the_login
    BEFORE INSERT OR UPDATE OR DELETE ON signing_keys
    FOR EACH ROW EXECUTE FUNCTION signing_keys_by_the_login();

CREATE FUNCTION approval_signatures_by_the_approver() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'Approval signatures never change: % of % ''%'' v% was rejected.', TG_OP, OLD.kind,
            OLD.doc_id, OLD.version USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM retail_require_login(NEW.approved_by, 'signer of an approval');
    IF NOT EXISTS (SELECT 1 FROM signing_keys WHERE key_id = NEW.key_id AND person = NEW.approved_by) THEN
        RAISE EXCEPTION 'Key % is not one of %''s keys.', NEW.key_id, NEW.approved_by
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM reviews WHERE kind = NEW.kind AND doc_id = NEW.doc_id AND version = NEW.version
                   AND state = 'APPROVED' AND decided_by = NEW.approved_by) THEN
        RAISE EXCEPTION '% did not approve % ''%'' v%, so cannot sign its approval.', NEW.approved_by, NEW.kind,
            NEW.doc_id, NEW.version USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER approval_signatures_by_the_approver
    BEFORE INSERT OR UPDATE OR DELETE ON approval_signatures
    FOR EACH ROW EXECUTE FUNCTION approval_signatures_by_the_approver();
