package com.retailstudio.app.export;

import com.retailstudio.app.approval.PortfolioRulesCheck;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.MarkdownPlanFormatException;
import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.app.signing.ApprovedContent;
import com.retailstudio.app.signing.Ed25519;
import com.retailstudio.app.signing.KeyPasswords;
import com.retailstudio.app.signing.PersonalKeys;
import com.retailstudio.app.signing.SigningKey;
import com.retailstudio.app.signing.SigningKeyException;
import com.retailstudio.app.signing.WorkspaceSigners;
import com.retailstudio.app.workspace.ApprovalSignature;
import com.retailstudio.app.workspace.AuditEntry;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.RegisteredDataSet;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.ReviewStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.dmn.DmnExporter;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneySchema;
import com.retailstudio.designer.io.PortfolioSchema;
import com.retailstudio.designer.model.Journey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes the workspace's approved items into a self-describing bundle — a folder, or a zip — that
 * {@link BundleValidator} checks on its own. The bundle appears complete or not at all, and only after the workspace has
 * recorded the export ({@link StagedBundle}); a bundle that would carry personal data is not written.
 */
public final class BundleExporter {

    /** The audit action of an export; the audit log is the export history. */
    public static final String EXPORTED = "bundle.exported";
    public static final String OBJECT_TYPE = "bundle";
    private static final String JOURNEY = "journey";

    private final Workspace workspace;
    private final ReviewWorkflow workflow;
    private final Clock clock;
    private final String applicationVersion;

    private final JourneyForecast forecast;
    /** The fingerprint of the data the designs were checked against; empty: the workspace's active data set. */
    private final Optional<String> dataSetFingerprint;
    /** The folder of the data set whose customer ids must not appear in the bundle; empty: the active data set's. */
    private final Optional<Path> dataSetFolder;
    /** The exporter's key signs the manifest. */
    private final WorkspaceSigners signers;
    private final KeyPasswords passwords;

    /** Predicts each journey's outcome by simulating it on the workspace's active data set. */
    public BundleExporter(Workspace workspace, ReviewWorkflow workflow, Clock clock, String applicationVersion) {
        this(workspace, workflow, clock, applicationVersion, JourneyForecast.onActiveDataSet(workspace));
    }

    /**
     * The manifest is signed with the exporter's key from {@code ~/.retail-studio/keys}, its password from
     * {@value KeyPasswords#ENVIRONMENT_VARIABLE} or the console (see {@link #signedWith}).
     */
    public BundleExporter(Workspace workspace, ReviewWorkflow workflow, Clock clock, String applicationVersion,
                          JourneyForecast forecast) {
        this(workspace, workflow, clock, applicationVersion, forecast, Optional.empty(), Optional.empty(),
                new WorkspaceSigners(PersonalKeys.inUserHome(), workspace.publicKeys(), clock),
                KeyPasswords.environmentOrConsole());
    }

    private BundleExporter(Workspace workspace, ReviewWorkflow workflow, Clock clock, String applicationVersion,
                           JourneyForecast forecast, Optional<String> dataSetFingerprint,
                           Optional<Path> dataSetFolder, WorkspaceSigners signers, KeyPasswords passwords) {
        this.workspace = workspace;
        this.workflow = workflow;
        this.clock = clock;
        this.applicationVersion = applicationVersion;
        this.forecast = forecast;
        this.dataSetFingerprint = dataSetFingerprint;
        this.dataSetFolder = dataSetFolder;
        this.signers = signers;
        this.passwords = passwords;
    }

    /** An exporter that signs the manifest with the exporter's key from these signers, unlocked by the password. */
    public BundleExporter signedWith(WorkspaceSigners keys, KeyPasswords password) {
        return new BundleExporter(workspace, workflow, clock, applicationVersion, forecast, dataSetFingerprint,
                dataSetFolder, keys, password);
    }

    /**
     * An exporter that simulates the journeys on the given data set, and records its fingerprint in the manifest,
     * instead of the workspace's active one (a pipeline's workspace may have none).
     */
    public BundleExporter onDataSet(String name, Path folder, String fingerprint) {
        return new BundleExporter(workspace, workflow, clock, applicationVersion,
                JourneyForecast.onDataSet(name, folder), Optional.of(fingerprint), Optional.of(folder), signers,
                passwords);
    }

    /**
     * Exports the newest approved version of every approved document.
     *
     * @throws NothingToExportException when nothing is approved
     */
    public ExportedBundle export(Path out, boolean zip, String actor) throws IOException {
        List<Review> approved = newestApproved();
        if (approved.isEmpty()) {
            throw new NothingToExportException("Nothing is approved yet, so there is nothing to export; approve a "
                    + "journey or a markdown plan first.");
        }
        if (Files.exists(out) && !(Files.isDirectory(out) && isEmpty(out))) {
            throw new IOException(out + " already exists; choose a new folder or file for the bundle.");
        }
        refuseCustomersInPortfolioRules(approved);
        SigningKey exporterKey;
        try {
            exporterKey = signers.keyFor(actor, passwords); // before any work: a locked key stops the export at once
        } catch (SigningKeyException e) {
            throw new IOException("The bundle cannot be signed: " + e.getMessage(), e);
        }
        String bundleId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Map<String, byte[]> files = new TreeMap<>();
        List<BundleManifest.Item> items = new ArrayList<>();
        List<PriceChangeFiles.ApprovedPlan> plans = new ArrayList<>();
        Map<String, JourneyForecast.Prediction> predictions = new TreeMap<>();
        Map<String, Review> byFileName = new TreeMap<>();
        for (Review review : approved) {
            DocumentVersion version = workspace.documents().version(review.kind(), review.id(), review.version())
                    .orElseThrow();
            String path = BundleLayout.documentPath(review.kind(), review.id(), review.version());
            requireOwnFileName(byFileName, path, review);
            files.put(path, version.body().getBytes(StandardCharsets.UTF_8));
            List<String> derived = new ArrayList<>();
            if (review.kind().equals(JOURNEY)) {
                Journey journey = journey(review, version.body());
                String decisions = BundleLayout.decisionsPath(review.id(), review.version());
                files.put(decisions, decisions(review, journey).getBytes(StandardCharsets.UTF_8));
                derived.add(decisions);
                predict(review, journey).ifPresent(prediction -> predictions.put(path, prediction));
            } else if (review.kind().equals(MarkdownPlanDocument.KIND)) {
                derived.addAll(List.of(PriceChangeFiles.CSV, PriceChangeFiles.JSON));
            }
            // The signature row names the approver even after an export has moved the review on (decidedBy then
            // names the exporter); the approval's audit entry says whether the database authenticated them.
            Optional<ApprovalSignature> signature = workspace.reviews().approvalSignature(review.kind(), review.id(),
                    review.version());
            if (signature.isPresent()) {
                requireUnchangedSinceApproval(review, version, signature.get());
            }
            Optional<AuditRecord> approval = workflow.approval(review);
            BundleManifest.Item item = new BundleManifest.Item(review.kind(), review.id(), review.version(), path,
                    review.author(), signature.map(ApprovalSignature::approvedBy)
                            .or(() -> approval.map(record -> record.entry().actor())).or(review::decidedBy).orElse(""),
                    signature.map(ApprovalSignature::signedAt).or(() -> approval.map(record -> record.entry().at()))
                            .or(review::decidedAt).orElse(review.submittedAt()),
                    derived, approval.map(AuditRecord::authenticated).orElse(false),
                    signature.map(found -> new BundleManifest.ApprovalProof(found.keyId(), found.signature())));
            items.add(item);
            if (review.kind().equals(MarkdownPlanDocument.KIND)) {
                plans.add(new PriceChangeFiles.ApprovedPlan(item, plan(review, version.body())));
            }
        }
        if (!plans.isEmpty()) {
            files.putAll(PriceChangeFiles.write(plans));
        }
        files.put(BundleLayout.JOURNEY_SCHEMA, JourneySchema.json().getBytes(StandardCharsets.UTF_8));
        if (items.stream().anyMatch(item -> item.kind().equals(PortfolioRulesCheck.KIND))) {
            files.put(BundleLayout.PORTFOLIO_SCHEMA, PortfolioSchema.json().getBytes(StandardCharsets.UTF_8));
        }
        Optional<String> fingerprint = dataSetFingerprint
                .or(() -> workspace.dataSets().active().map(RegisteredDataSet::fingerprint));
        BundleManifest draft = new BundleManifest(BundleLayout.SCHEMA_VERSION, bundleId, now, actor,
                applicationVersion, fingerprint, items, Map.of());
        files.put(BundleLayout.README, BundleReadme.render(draft, plans, predictions)
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> checksums = new LinkedHashMap<>();
        files.forEach((path, bytes) -> checksums.put(path, BundleFiles.sha256(bytes)));
        BundleManifest manifest = new BundleManifest(draft.schemaVersion(), bundleId, now, actor,
                applicationVersion, fingerprint, items, checksums);
        byte[] manifestBytes = ManifestSignature.sign(ManifestJson.write(manifest), exporterKey)
                .getBytes(StandardCharsets.UTF_8);
        files.put(BundleLayout.MANIFEST, manifestBytes);
        refusePersonalData(files);
        files.remove(BundleLayout.MANIFEST);

        // Crash consistency: the staged bundle is not valid (no manifest, or a zip without its central directory)
        // until the workspace has recorded the export, so a process killed at any moment never leaves a valid bundle
        // without its audit entry and item states; at worst the workspace records an export whose bundle is missing.
        try (StagedBundle staged = StagedBundle.stage(files, out, zip)) {
            for (BundleManifest.Item item : items) {
                workflow.markExported(item.kind(), item.id(), item.version(), actor, bundleId);
            }
            workspace.auditLog().append(AuditEntry.of(clock.instant(), actor, EXPORTED, OBJECT_TYPE, bundleId)
                    .withComment(items.size() + (items.size() == 1 ? " item" : " items") + " to "
                            + out.toAbsolutePath()));
            staged.publish(BundleLayout.MANIFEST, manifestBytes);
        }
        return new ExportedBundle(out.toAbsolutePath(), manifest);
    }

    /**
     * Two approved items whose ids differ only in case (from a workspace made before ids were unique ignoring case)
     * would be one file on many systems, and one of them silently lost: the export stops naming both.
     */
    private static void requireOwnFileName(Map<String, Review> byFileName, String path, Review review)
            throws IOException {
        Review other = byFileName.putIfAbsent(path.toLowerCase(Locale.ROOT), review);
        if (other != null) {
            throw new IOException(other.kind().replace('_', ' ') + " " + other.id() + " v" + other.version() + " and "
                    + review.id() + " v" + review.version() + " would be written to one file name, as their ids "
                    + "differ only in case; archive one of them ('retail-studio " + command(review.kind())
                    + " archive --id ID') and export again. Nothing was written.");
        }
    }

    private static String command(String kind) {
        return switch (kind) {
            case JOURNEY -> "journey";
            case PortfolioRulesCheck.KIND -> "portfolio";
            default -> "plan";
        };
    }

    /**
     * Approved portfolio rules that suppress customers by id stop the export before anything is signed or written: a
     * bundle never carries a customer (see {@link PortfolioRulesCheck#bundleProblems}).
     */
    private void refuseCustomersInPortfolioRules(List<Review> approved) throws IOException {
        for (Review review : approved) {
            if (!review.kind().equals(PortfolioRulesCheck.KIND)) {
                continue;
            }
            String body = workspace.documents().version(review.kind(), review.id(), review.version()).orElseThrow()
                    .body();
            List<String> problems = PortfolioRulesCheck.bundleProblems(body);
            if (!problems.isEmpty()) {
                throw new IOException("Nothing was exported: " + ReviewStore.describe(review.kind(), review.id(),
                        review.version()) + " cannot leave in a bundle: " + problems.get(0) + ". Or archive them "
                        + "('retail-studio portfolio archive --id " + review.id() + "') and export again.");
            }
        }
    }

    /** Nothing leaves with personal data: the patterns {@code validate} checks, and the data set's customer ids. */
    private void refusePersonalData(Map<String, byte[]> files) throws IOException {
        Optional<Path> folder = dataSetFolder.or(() -> workspace.dataSets().active()
                .map(active -> Path.of(active.sourcePath())));
        Set<String> customerIds = folder.isPresent() ? PersonalDataScan.customerIds(folder.get()) : Set.of();
        List<String> found = PersonalDataScan.scan(files, customerIds);
        if (!found.isEmpty()) {
            throw new IOException("Nothing was exported: the bundle would carry personal data — " + found.get(0)
                    + (found.size() > 1 ? " (and " + (found.size() - 1) + " more)" : "")
                    + " Remove it from the approved design and approve it again.");
        }
    }

    /**
     * Refuses a version whose stored document no longer matches its approver's signature (the workspace database was
     * edited behind the application's back), so such a bundle is never written.
     */
    private void requireUnchangedSinceApproval(Review review, DocumentVersion version, ApprovalSignature signature)
            throws IOException {
        Optional<PublicKey> key = workspace.publicKeys().find(signature.keyId()).map(found ->
                Ed25519.decode(found.publicKey()));
        byte[] content = new ApprovedContent(review.kind(), review.id(), review.version(), review.author(),
                signature.approvedBy(), version.body()).bytes();
        if (key.isEmpty() || !Ed25519.verify(key.get(), content, signature.signature())) {
            throw new IOException(ReviewStore.describe(review.kind(), review.id(), review.version()) + " is not what "
                    + signature.approvedBy() + " approved: its approval signature does not match the workspace's copy, "
                    + "which was changed after approval; nothing was exported.");
        }
    }

    /** The journey's decisions as DMN; an approved journey that cannot be read or exported stops the export. */
    private static String decisions(Review review, Journey journey) throws IOException {
        try {
            return DmnExporter.toDmn(journey);
        } catch (IllegalArgumentException e) {
            throw new IOException("Journey " + review.id() + " version " + review.version()
                    + " cannot be exported as DMN decisions: " + e.getMessage(), e);
        }
    }

    private static Journey journey(Review review, String body) throws IOException {
        try {
            return JourneyJson.parse(body);
        } catch (JourneyFormatException e) {
            throw new IOException("Journey " + review.id() + " version " + review.version()
                    + " cannot be exported as DMN decisions: " + e.getMessage(), e);
        }
    }

    /** A journey the simulator cannot run is exported without a prediction; the README says so. */
    private Optional<JourneyForecast.Prediction> predict(Review review, Journey journey) {
        try {
            return forecast.predict(journey);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static MarkdownPlanDocument plan(Review review, String body) throws IOException {
        try {
            return MarkdownPlanJson.read(body);
        } catch (MarkdownPlanFormatException e) {
            throw new IOException("Markdown plan " + review.id() + " version " + review.version()
                    + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    private List<Review> newestApproved() {
        Map<String, Review> newest = new TreeMap<>();
        Stream.concat(workspace.reviews().inState(ReviewState.APPROVED).stream(),
                        workspace.reviews().inState(ReviewState.EXPORTED).stream())
                .forEach(review -> newest.merge(review.kind() + "/" + review.id(), review,
                        (a, b) -> a.version() >= b.version() ? a : b));
        List<Review> reviews = new ArrayList<>(newest.values());
        reviews.sort(Comparator.comparing(Review::kind).thenComparing(Review::id));
        return reviews;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }
}
