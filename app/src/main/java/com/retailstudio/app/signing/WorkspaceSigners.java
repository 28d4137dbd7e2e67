package com.retailstudio.app.signing;

import com.retailstudio.app.workspace.ApprovalSignature;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.PublicKeyDirectory;
import com.retailstudio.app.workspace.RegisteredKey;
import java.time.Clock;
import java.util.List;

/**
 * The signing keys of the people working in one workspace: each person's key comes from their own keystore, is made
 * on first use and is registered in the workspace's public key directory, so an export can list it for production.
 */
public final class WorkspaceSigners {

    private final PersonalKeys keys;
    private final PublicKeyDirectory directory;
    private final Clock clock;

    public WorkspaceSigners(PersonalKeys keys, PublicKeyDirectory directory, Clock clock) {
        this.keys = keys;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The person's key, made (and registered) on first use.
     *
     * @throws SigningKeyException when the person's registered key is missing from their keystore folder (key loss:
     *                             a new key is never made silently, because production would not trust it)
     */
    public SigningKey keyFor(String person, KeyPasswords passwords) {
        if (!keys.exists(person)) {
            List<RegisteredKey> registered = directory.forPerson(person);
            if (!registered.isEmpty()) {
                RegisteredKey newest = registered.get(registered.size() - 1);
                throw new SigningKeyException(person + "'s signing key (key id " + newest.keyId().substring(0, 16)
                        + "…, registered " + newest.registeredAt() + ") is not in " + keys.keystore(person)
                        + "; restore that file from a backup, or run 'retail-studio keys new --as " + person
                        + "' to make and register a new key and give production the new team keys file.");
            }
            return register(keys.create(person, passwords));
        }
        return register(keys.unlock(person, passwords));
    }

    /**
     * Makes a new key for the person after a loss and registers it; with {@code replace} an existing keystore (its
     * password forgotten) is moved aside first. The old public key stays registered, so earlier approvals verify.
     */
    public SigningKey newKey(String person, KeyPasswords passwords, boolean replace) {
        if (keys.exists(person)) {
            if (!replace) {
                throw new SigningKeyException(person + " already has a signing key in " + keys.keystore(person)
                        + "; add --replace only if its password is forgotten.");
            }
            keys.retire(person);
        }
        return register(keys.create(person, passwords));
    }

    /** Signs the version as approved by {@code approver}. */
    public ApprovalSignature signApproval(DocumentVersion version, String approver, KeyPasswords passwords) {
        SigningKey key = keyFor(approver, passwords);
        byte[] content = new ApprovedContent(version.kind(), version.id(), version.version(), version.author(),
                approver, version.body()).bytes();
        return new ApprovalSignature(version.kind(), version.id(), version.version(), approver, key.keyId(),
                key.sign(content), clock.instant());
    }

    private SigningKey register(SigningKey key) {
        directory.register(key.person(), key.keyId(), Ed25519.ALGORITHM, Ed25519.encode(key.publicKey()));
        return key;
    }
}
