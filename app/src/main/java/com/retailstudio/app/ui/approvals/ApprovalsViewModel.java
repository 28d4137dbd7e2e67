package com.retailstudio.app.ui.approvals;

import com.retailstudio.app.AppVersion;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.JourneyVersions;
import com.retailstudio.app.approval.ReviewChanges;
import com.retailstudio.app.approval.ReviewTitles;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.export.BundleExporter;
import com.retailstudio.app.export.BundleValidator;
import com.retailstudio.app.export.ExportedBundle;
import com.retailstudio.app.export.TrustedKeys;
import com.retailstudio.app.plans.PlanPriceDifference;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.TaskExecutor;
import com.retailstudio.app.signing.KeyPasswords;
import com.retailstudio.app.signing.PersonalKeys;
import com.retailstudio.app.signing.WorkspaceSigners;
import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The Approvals & export section's state: the review queue and the audit log with its filters. */
public final class ApprovalsViewModel {

    private static final int AUDIT_ROWS = 2_000;

    private final Workspace workspace;
    private final ReviewWorkflow workflow;
    private final TaskExecutor tasks;

    private final ObservableList<Review> queue = FXCollections.observableArrayList();
    private final ObservableList<ApprovedVersion> approved = FXCollections.observableArrayList();
    private final ObservableList<AuditRecord> audit = FXCollections.observableArrayList();
    private final FilteredList<AuditRecord> filteredAudit = new FilteredList<>(audit);
    private final FilteredList<AuditRecord> exports = new FilteredList<>(audit,
            record -> BundleExporter.EXPORTED.equals(record.entry().action()));
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final ObservableList<String> chosenActors = FXCollections.observableArrayList();
    private final ObservableList<String> chosenActions = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ReadOnlyObjectWrapper<Feedback> message = new ReadOnlyObjectWrapper<>(this, "message",
            Feedback.none());
    private final ObjectProperty<Review> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReviewTitles titles;
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ObservableList<PlanPriceDifference> priceChanges = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JourneyVersions> journeys = new ReadOnlyObjectWrapper<>(this, "journeys");
    private List<Optional<String>> lineSteps = List.of();
    private final ReadOnlyStringWrapper comparedWith = new ReadOnlyStringWrapper(this, "comparedWith", "");
    private final ReadOnlyStringWrapper workingAs = new ReadOnlyStringWrapper(this, "workingAs", "");

    public ApprovalsViewModel(Workspace workspace, ReviewWorkflow workflow, TaskExecutor tasks) {
        this.workspace = workspace;
        this.titles = new ReviewTitles(workspace);
        this.workflow = workflow;
        this.tasks = tasks;
        chosenActors.addListener((ListChangeListener<String>) change -> applyFilter());
        chosenActions.addListener((ListChangeListener<String>) change -> applyFilter());
        searchText.addListener((observable, before, now) -> applyFilter());
        selected.addListener((observable, before, now) -> showChanges(now));
    }

    private void showChanges(Review review) {
        changes.clear();
        priceChanges.clear();
        comparedWith.set("");
        journeys.set(null);
        lineSteps = List.of();
        if (review == null) {
            return;
        }
        tasks.execute(BackgroundTask.of("Comparing " + review.id() + " v" + review.version(),
                        progress -> ReviewChanges.of(workspace, review))
                .onSuccess(found -> {
                    if (review.equals(selected.get())) {
                        comparedWith.set("Compared with " + found.comparedWith());
                        lineSteps = found.lineSteps();
                        journeys.set(found.journeys().orElse(null));
                        changes.setAll(found.lines());
                        priceChanges.setAll(found.prices());
                    }
                })
                .onFailure(error -> message.set(Feedback.danger(error.getMessage()))));
    }

    /** Names, not ids: of the versions under review and of the products their prices are for. */
    public ReviewTitles titles() {
        return titles;
    }

    /** The review the user is looking at; its changes are worked out when it is chosen. */
    public ObjectProperty<Review> selectedProperty() {
        return selected;
    }

    /** What the selected version changes, one plain-language line each. */
    public ObservableList<String> changes() {
        return changes;
    }

    /** For a markdown plan: each product, store and week priced differently from the compared plan. */
    public ObservableList<PlanPriceDifference> priceChanges() {
        return priceChanges;
    }

    /** For a journey under review: the compared and the reviewed versions with their marks; null otherwise. */
    public ReadOnlyObjectProperty<JourneyVersions> journeysProperty() {
        return journeys.getReadOnlyProperty();
    }

    /** The journey step the change line at {@code index} is about, if it is about one. */
    public Optional<String> stepOfLine(int index) {
        return index >= 0 && index < lineSteps.size() ? lineSteps.get(index) : Optional.empty();
    }

    public ReadOnlyStringProperty comparedWithProperty() {
        return comparedWith.getReadOnlyProperty();
    }

    /** Reads the queue and the newest audit entries again. */
    public void refresh() {
        tasks.execute(BackgroundTask.of("Reading reviews and the audit log", progress ->
                        new Snapshot(workingAs(workspace.currentUser()), workflow.queue(), approvedVersions(),
                                workspace.auditLog().query(AuditQuery.all().newest(AUDIT_ROWS))))
                .onSuccess(this::show)
                .onFailure(error -> message.set(Feedback.danger(error.getMessage()))));
    }

    /** Approves as the workspace's current user; the four-eyes rule may refuse it. */
    public void approve(Review review, Optional<String> comment) {
        approve(review, comment, KeyPasswords.environmentOrConsole());
    }

    /** Approves, signing with the current user's key unlocked by the password (asked on the JavaFX thread). */
    public void approve(Review review, Optional<String> comment, KeyPasswords password) {
        decide(() -> workflow.approve(review.kind(), review.id(), workspace.currentUser(), comment, password),
                "Approved");
    }

    /** Whether the current user's signing key is still to be made (the password asked for is then chosen). */
    public boolean signingKeyIsNew() {
        return !PersonalKeys.inUserHome().exists(workspace.currentUser());
    }

    /**
     * Archives the version as the workspace's current user, so exports leave it out; the workflow allows its approver
     * and the workspace's owner.
     */
    public void archive(ApprovedVersion version, Optional<String> comment) {
        Review review = version.review();
        decide(() -> workflow.archive(review.kind(), review.id(), review.version(), workspace.currentUser(), comment),
                "Archived");
    }

    /** The user with whether the database vouches for them, as the review queue's four-eyes line says it. */
    private String workingAs(String user) {
        return workspace.auditLog().authenticates(user) ? user + ", signed in to the workspace's server"
                : user + ", not authenticated: on this single-person workspace your name is taken on trust and "
                + "compared with the author's under any spelling";
    }

    private List<ApprovedVersion> approvedVersions() {
        return workflow.approved().stream().map(review -> {
            Optional<AuditRecord> approval = workflow.approval(review);
            return new ApprovedVersion(review,
                    approval.map(record -> record.entry().actor()).or(review::decidedBy).orElse("?"),
                    approval.map(AuditRecord::authenticated).orElse(false));
        }).toList();
    }

    /**
     * An approved (or exported) version as the Approved tab lists it.
     *
     * @param approver      who approved it, from the audit log
     * @param authenticated whether the database authenticated the approver (never on a single-person workspace)
     */
    public record ApprovedVersion(Review review, String approver, boolean authenticated) {
    }

    /** "not authenticated" for a name taken on trust (every entry on an H2 workspace), else "authenticated". */
    public static String identity(boolean authenticated) {
        return authenticated ? "authenticated" : "not authenticated";
    }

    public void requestChanges(Review review, String comment) {
        decide(() -> workflow.requestChanges(review.kind(), review.id(), workspace.currentUser(), comment),
                "Sent back");
    }

    /**
     * Exports every approved item into a new folder {@code retail-studio-bundle-<date>-<time>} inside {@code folder},
     * off the JavaFX thread (each journey is simulated for the README), then validates the bundle.
     */
    public void export(Path folder) {
        export(folder, KeyPasswords.environmentOrConsole());
    }

    /** Exports as above, signing the manifest with the current user's key unlocked by the password. */
    public void export(Path folder, KeyPasswords password) {
        String actor = workspace.currentUser();
        tasks.execute(BackgroundTask.of("Exporting approved items", progress -> {
                    Path out = folder.resolve("retail-studio-bundle-" + BUNDLE_STAMP.format(LocalDateTime.now()));
                    progress.update(-1, "Simulating journeys and writing the bundle");
                    ExportedBundle bundle = new BundleExporter(workspace, workflow, Clock.systemUTC(),
                            AppVersion.current()).signedWith(new WorkspaceSigners(PersonalKeys.inUserHome(),
                            workspace.publicKeys(), Clock.systemUTC()), password).export(out, false, actor);
                    progress.update(0.9, "Validating the bundle");
                    // Checked against the workspace's own keys, so a signature that does not verify is said here.
                    return new ExportOutcome(bundle, new BundleValidator(DocumentChecks.forBundles())
                            .trusting(TrustedKeys.of("the workspace's keys", workspace.publicKeys().all()))
                            .validate(out));
                })
                .onSuccess(outcome -> {
                    int items = outcome.bundle().manifest().items().size();
                    String exported = "Exported " + items + (items == 1 ? " item to " : " items to ")
                            + outcome.bundle().location();
                    message.set(outcome.problems().isEmpty() ? Feedback.success(exported + "; it validates.")
                            : Feedback.warning(exported + "; validation found " + outcome.problems().size()
                            + " problems, starting with: " + outcome.problems().get(0)));
                    refresh();
                })
                .onFailure(error -> message.set(Feedback.danger(error.getMessage()))));
    }

    private static final DateTimeFormatter BUNDLE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private record ExportOutcome(ExportedBundle bundle, List<String> problems) {
    }

    private void decide(Supplier<Review> step, String done) {
        tasks.execute(BackgroundTask.of("Recording the decision", progress -> step.get())
                .onSuccess(review -> {
                    message.set(Feedback.success(done + " " + titles.title(review) + "."));
                    refresh();
                })
                .onFailure(error -> message.set(Feedback.danger(error.getMessage()))));
    }

    private void show(Snapshot snapshot) {
        workingAs.set(snapshot.user());
        queue.setAll(snapshot.queue());
        approved.setAll(snapshot.approved());
        audit.setAll(snapshot.audit());
        TreeSet<String> who = new TreeSet<>();
        TreeSet<String> what = new TreeSet<>();
        snapshot.audit().forEach(record -> {
            who.add(record.entry().actor());
            what.add(record.entry().action());
        });
        actors.setAll(who);
        actions.setAll(what);
        // a name or action no longer in the log is no longer a filter
        chosenActors.retainAll(who);
        chosenActions.retainAll(what);
        applyFilter();
    }

    private void applyFilter() {
        Set<String> who = Set.copyOf(chosenActors);
        Set<String> what = Set.copyOf(chosenActions);
        String search = searchText.get() == null ? "" : searchText.get().strip().toLowerCase(Locale.ROOT);
        // nobody chosen means everybody, no action chosen every action
        filteredAudit.setPredicate(record ->
                (who.isEmpty() || who.contains(record.entry().actor()))
                        && (what.isEmpty() || what.contains(record.entry().action()))
                        && (search.isEmpty() || describe(record).toLowerCase(Locale.ROOT).contains(search)));
    }

    /** One line for searching: object, id, version and comment. */
    static String describe(AuditRecord record) {
        return record.entry().objectType() + " " + record.entry().objectId()
                + record.entry().objectVersion().map(version -> " v" + version).orElse("")
                + record.entry().comment().map(comment -> " " + comment).orElse("");
    }

    public ObservableList<Review> queue() {
        return queue;
    }

    /** The approved and exported versions, which exports draw from and the Approved tab can archive. */
    public ObservableList<ApprovedVersion> approved() {
        return approved;
    }

    public ObservableList<AuditRecord> audit() {
        return filteredAudit;
    }

    /** The export history: one audit entry per bundle written, newest first. */
    public ObservableList<AuditRecord> exports() {
        return exports;
    }

    /** Who appears in the audit log read, sorted. */
    public ObservableList<String> actors() {
        return actors;
    }

    /** The actions in the audit log read, sorted. */
    public ObservableList<String> actions() {
        return actions;
    }

    /** The people whose entries the audit log shows; none chosen: everybody's. */
    public ObservableList<String> chosenActors() {
        return chosenActors;
    }

    /** The actions the audit log shows; none chosen: every action. */
    public ObservableList<String> chosenActions() {
        return chosenActions;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The outcome of the last decision, or why it was refused. */
    public ReadOnlyObjectProperty<Feedback> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String currentUser() {
        return workspace.currentUser();
    }

    /** Who decisions are recorded as and whether that is authenticated, read again each time the section refreshes. */
    public ReadOnlyStringProperty workingAsProperty() {
        return workingAs.getReadOnlyProperty();
    }

    private record Snapshot(String user, List<Review> queue, List<ApprovedVersion> approved, List<AuditRecord> audit) {
    }
}
