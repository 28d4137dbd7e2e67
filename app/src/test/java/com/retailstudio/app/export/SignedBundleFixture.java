package com.retailstudio.app.export;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.MarkdownPlans;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.signing.KeyPasswords;
import com.retailstudio.app.signing.PersonalKeys;
import com.retailstudio.app.signing.SigningKey;
import com.retailstudio.app.signing.WorkspaceSigners;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A real, valid bundle exported from a real workspace, signed by three approvers and an exporter, with the trusted
 * keys file production would keep: the starting point of every tamper test.
 *
 * <ul>
 *   <li>journey {@code clearance} (the clearance-offer template: holdout 10 %, 20 % off): author ana, approver ben</li>
 *   <li>journey {@code winback}: author ben, approver cara</li>
 *   <li>markdown plan {@code autumn}: author cara, approver ana</li>
 *   <li>exported by dave</li>
 * </ul>
 *
 * Keys live in {@code keys/} under the fixture's folder, all with the password {@link #PASSWORD}.
 */
public final class SignedBundleFixture {

    public static final String PASSWORD = "fixture-password";
    public static final String CLEARANCE = "journeys/clearance-v1.json";
    public static final String WINBACK = "journeys/winback-v1.json";

    private final Path folder;
    private final Path bundle;
    private final Path trustedKeys;
    private final PersonalKeys keys;

    private SignedBundleFixture(Path folder, Path bundle, Path trustedKeys, PersonalKeys keys) {
        this.folder = folder;
        this.bundle = bundle;
        this.trustedKeys = trustedKeys;
        this.keys = keys;
    }

    /** Builds the workspace, approves the three items, exports the bundle and writes {@code team-keys.json}. */
    public static SignedBundleFixture create(Path folder) throws IOException {
        PersonalKeys keys = new PersonalKeys(folder.resolve("keys"), Clock.systemUTC());
        KeyPasswords password = passwords();
        Path bundle = folder.resolve("bundle");
        Path trusted = folder.resolve("team-keys.json");
        try (Workspace workspace = Workspace.open(folder.resolve("workspace"))) {
            WorkspaceSigners signers = new WorkspaceSigners(keys, workspace.publicKeys(), Clock.systemUTC());
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview(), signers, password);
            approveJourney(workspace, workflow, "clearance", "clearance-offer", "ana", "ben");
            approveJourney(workspace, workflow, "winback", "winback", "ben", "cara");
            MarkdownPlanDocument plan = SamplePlan.document("autumn");
            MarkdownPlans.save(workspace, plan, "cara");
            workflow.submit(MarkdownPlanDocument.KIND, plan.id(), "cara");
            workflow.approve(MarkdownPlanDocument.KIND, plan.id(), "ana", Optional.empty());
            new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3", JourneyForecast.NONE)
                    .signedWith(signers, password)
                    .export(bundle, false, "dave");
            Files.writeString(trusted, TrustedKeys.write(workspace.publicKeys().all()), StandardCharsets.UTF_8);
        }
        return new SignedBundleFixture(folder, bundle, trusted, keys);
    }

    private static void approveJourney(Workspace workspace, ReviewWorkflow workflow, String id, String template,
                                       String author, String approver) {
        String body = JourneyTemplates.json(template).orElseThrow().replaceFirst("\"id\": \"[^\"]+\"",
                "\"id\": \"" + id + "\"");
        workspace.documents().saveDocumentAs(new DocumentDraft("journey", id, "draft", body), author);
        workflow.submit("journey", id, author);
        workflow.approve("journey", id, approver, Optional.empty());
    }

    public static KeyPasswords passwords() {
        return KeyPasswords.of(PASSWORD.toCharArray());
    }

    /** The exported bundle folder; never change it, copy it ({@link BundleTamper#copyOf}). */
    public Path bundle() {
        return bundle;
    }

    public Path trustedKeysFile() {
        return trustedKeys;
    }

    public TrustedKeys trustedKeys() throws IOException {
        return TrustedKeys.read(trustedKeys);
    }

    /** The signing key of one of the fixture's people (ana, ben, cara, dave): a trusted key. */
    public SigningKey keyOf(String person) {
        return keys.unlock(person, passwords());
    }

    /** A key nobody registered: production does not trust it. */
    public SigningKey untrustedKey(String person) {
        PersonalKeys elsewhere = new PersonalKeys(folder.resolve("untrusted-keys"), Clock.systemUTC());
        return elsewhere.exists(person) ? elsewhere.unlock(person, passwords())
                : elsewhere.create(person, passwords());
    }
}
