package com.retailstudio.app.ui;

import com.retailstudio.app.dataset.DataSetReads;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.dataset.ColumnarCopies;
import com.retailstudio.app.dataset.DataSetImporter;
import com.retailstudio.app.ui.approvals.ApprovalsView;
import com.retailstudio.app.ui.approvals.ApprovalsViewModel;
import com.retailstudio.app.ui.data.DataView;
import com.retailstudio.app.ui.data.explorer.ExplorerWindow;
import com.retailstudio.app.ui.data.segments.SegmentsView;
import com.retailstudio.app.ui.data.segments.SegmentsViewModel;
import com.retailstudio.app.segments.DataSetAudience;
import com.retailstudio.app.segments.WorkspaceSegmentLibrary;
import com.retailstudio.app.portfolio.WorkspacePortfolioLibrary;
import com.retailstudio.designer.ui.properties.JourneyAudiences;
import com.retailstudio.designer.ui.properties.LiveAudience;
import com.retailstudio.app.ui.data.DataViewModel;
import com.retailstudio.app.ui.markdowns.MarkdownReviewSubmission;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.ui.shell.ShellContext;
import com.retailstudio.app.ui.shell.ShellSettings;
import com.retailstudio.app.ui.shell.ShellViewModel;
import com.retailstudio.app.ui.shell.TeamActions;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.simulator.ui.JourneyChoice;
import com.retailstudio.ui.dialog.DialogService;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import com.retailstudio.ui.task.FxTaskExecutor;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.RegisteredDataSet;
import com.retailstudio.app.workspace.ServerCredentials;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.WorkspaceLocation;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.journeys.WorkspaceJourneyLibrary;
import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.library.JourneyLibrary;
import com.retailstudio.designer.ui.JourneysView;
import com.retailstudio.designer.ui.JourneysViewModel;
import com.retailstudio.designer.ui.portfolio.PortfolioContext;
import com.retailstudio.layout.ui.StoreLayoutView;
import com.retailstudio.markdown.ui.MarkdownView;
import com.retailstudio.markdown.ui.MarkdownViewModel;
import com.retailstudio.markdown.ui.RuleBookStore;
import com.retailstudio.markdown.ui.ScenarioStore;
import com.retailstudio.simulator.ui.PortfolioRulesChoice;
import com.retailstudio.simulator.ui.SimulationData;
import com.retailstudio.simulator.ui.SimulationView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;

/** One opened workspace and what the desktop application builds on it. */
public final class WorkspaceSession implements AutoCloseable {

    private final Workspace workspace;
    private final DialogService dialogs;
    private Consumer<WorkspaceLocation> switchTo = location -> { };
    private final FxTaskExecutor tasks = new FxTaskExecutor();

    private WorkspaceSession(Workspace workspace, DialogService dialogs) {
        this.workspace = workspace;
        this.dialogs = dialogs;
    }

    /** Opens the workspace in the folder, or the default one, asking the user through the platform's dialogs. */
    public static WorkspaceSession open(Optional<Path> directory) {
        return open(directory, DialogService.platform());
    }

    public static WorkspaceSession open(Optional<Path> directory, DialogService dialogs) {
        return new WorkspaceSession(Workspace.open(directory.orElseGet(Workspace::defaultDirectory)), dialogs);
    }

    /**
     * Opens the workspace wherever it lives (the default folder when none is named); a team workspace's password
     * comes from PGPASSWORD or ~/.pgpass, else the dialog service asks for it.
     */
    public static WorkspaceSession openAt(Optional<WorkspaceLocation> location, DialogService dialogs) {
        WorkspaceLocation where = location.orElseGet(() -> new WorkspaceLocation.Folder(Workspace.defaultDirectory()));
        ServerCredentials.PasswordPrompt prompt = (server, login) -> dialogs.askPassword(
                "Connect to team workspace", "Password of " + login + " on " + server.describe()).map(String::new);
        return new WorkspaceSession(Workspace.open(where, prompt), dialogs);
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The context of the desktop application: what the window changes is remembered in the workspace. */
    public ShellContext shellContext() {
        return shellContext(persistentSettings(workspace.settings()), journeyLibrary(),
                new TeamActions(workspace.isShared(), this::connectToTeamWorkspace,
                        () -> switchTo.accept(new WorkspaceLocation.Folder(Workspace.defaultDirectory()))));
    }

    /** The context of a rendered preview: it reads the workspace's settings but never changes them. */
    public ShellContext previewContext() {
        // A preview edits a copy of the journeys in memory, so rendering it never changes the workspace.
        return shellContext(previewSettings(workspace.settings()),
                InMemoryJourneyLibrary.copyOf(journeyLibrary(), Clock.systemUTC(), workspace.currentUser()),
                new TeamActions(workspace.isShared(), () -> { }, () -> { }));
    }

    /** The workspace's journey library: drafts saved on every edit, versions submitted through the review workflow. */
    public JourneyLibrary journeyLibrary() {
        return new WorkspaceJourneyLibrary(workspace, new ReviewWorkflow(workspace, DocumentChecks.forReview()));
    }

    /**
     * Where the window goes when the user picks another workspace in the File menu: the launcher closes this
     * session and opens that one.
     */
    public void onSwitchWorkspace(Consumer<WorkspaceLocation> target) {
        this.switchTo = Objects.requireNonNull(target);
    }

    /** File → Connect to team workspace…: asks for its URL and switches to it. */
    void connectToTeamWorkspace() {
        Optional<String> answer = dialogs.askComment("Connect to team workspace",
                "The team workspace, e.g. postgresql://ana@db.example.com/retail. The password comes from "
                        + "PGPASSWORD or ~/.pgpass, or is asked for; it is never stored.", true);
        if (answer.isEmpty()) {
            return;
        }
        try {
            if (WorkspaceLocation.parse(answer.get()) instanceof WorkspaceLocation.Server server) {
                switchTo.accept(server);
            } else {
                dialogs.inform("Connect to team workspace", "'" + answer.get() + "' is a folder; a team workspace "
                        + "is named postgresql://LOGIN@HOST[:PORT]/DATABASE.");
            }
        } catch (IllegalArgumentException e) {
            dialogs.inform("Connect to team workspace", e.getMessage());
        }
    }

    private ShellContext shellContext(ShellSettings settings, JourneyLibrary journeys, TeamActions team) {
        DataViewModel data = new DataViewModel(workspace, new DataSetImporter(workspace, Clock.systemUTC()), tasks,
                Clock.systemUTC());
        ApprovalsViewModel approvals = new ApprovalsViewModel(workspace, new ReviewWorkflow(workspace, DocumentChecks.forReview()), tasks);
        // Another person's submission, decision or export shows in the review queue and the audit view within
        // two seconds.
        workspace.changes().subscribe(() -> Platform.runLater(approvals::refresh));
        // One source of truth: a decision in Approvals (or by someone else) shows in the Journeys section's statuses
        // and Versions tab within the same poll, without selecting the journey again.
        // (made when the section is first shown, so start-up does not wait for it)
        AtomicReference<JourneysViewModel> journeysModel =
                new AtomicReference<>();
        workspace.changes().subscribe(() -> Platform.runLater(() -> {
            if (journeysModel.get() != null) {
                journeysModel.get().refreshFromLibrary();
            }
        }));
        Map<Section, Function<ShellViewModel, Node>> sections = Map.of(
                Section.DATA, shell -> new DataView(data,
                        () -> dialogs.chooseFolder("Open a folder of data-set CSV files"),
                        (owner, folder) -> ExplorerWindow.open(owner, folder, tasks, source -> ColumnarCopies.find(
                                ColumnarCopies.datasets(workspace.location()), source), Optional.of(segments(folder)))),
                Section.JOURNEYS, shell -> new JourneysView(journeysModel.updateAndGet(made -> made != null ? made
                        : withAudiences(new JourneysViewModel(journeys), journeys, data)), dialogs),
                Section.MARKDOWNS, shell -> markdowns(data),
                Section.LAYOUTS, shell -> storeLayouts(data),
                Section.SIMULATION, shell -> simulation(data),
                Section.APPROVALS, shell -> {
                    // the header's "You are working as" follows a name changed in the status bar at once
                    shell.userNameProperty().addListener((observable, before, now) -> approvals.refresh());
                    return new ApprovalsView(approvals, dialogs);
                });
        return new ShellContext(settings, workspace.location().describe(), workspace.currentUser(), tasks, sections,
                data::start, team);
    }

    /**
     * The Markdowns section, planning on the active data set through the task executor (progress and cancel in the
     * status bar); its rule book is a workspace document (kind {@code markdown_rules}, a version per change), its
     * export asks for a file through the dialog service, and "Submit for review" saves the plan as a
     * {@code markdown_plan} document and submits it.
     */
    private Node markdowns(DataViewModel data) {
        // Saved over the version last read, so a rule book someone else changed meanwhile is not overwritten: the
        // save is refused naming who changed it.
        AtomicInteger rulesVersion = new AtomicInteger();
        RuleBookStore rules = RuleBookStore.of(
                () -> {
                    Optional<DocumentVersion> latest = workspace.documents().latest("markdown_rules", "rules");
                    rulesVersion.set(latest.map(DocumentVersion::version).orElse(0));
                    return latest.map(DocumentVersion::body);
                },
                json -> rulesVersion.set(workspace.documents().saveDocumentOver(new DocumentDraft("markdown_rules",
                        "rules", "active", json), rulesVersion.get()).version()));
        // named what-if scenarios: one document each (kind markdown_scenario, id = the scenario's name)
        ScenarioStore scenarios = ScenarioStore.of(
                () -> workspace.documents().list("markdown_scenario").stream().map(DocumentVersion::body).toList(),
                (name, json) -> workspace.documents().saveDocument(new DocumentDraft("markdown_scenario", name,
                        "active", json)));
        return new MarkdownView(MarkdownViewModel.following(data.activeDataSetProperty(),
                active -> Path.of(active.sourcePath()), tasks, rules, new MarkdownReviewSubmission(workspace),
                scenarios, DataSetReads.of(workspace)::salesHistory),
                dialogs);
    }

    /**
     * A journey's audience may be a saved segment of the workspace, and the inspector estimates the entry's audience
     * on the active data set (loaded once per data set, counted off the JavaFX thread).
     */
    private JourneysViewModel withAudiences(JourneysViewModel journeys, JourneyLibrary library, DataViewModel data) {
        AtomicReference<Path> activeFolder = new AtomicReference<>();
        Consumer<RegisteredDataSet> follow = active -> activeFolder.set(active == null ? null
                : Path.of(active.sourcePath()));
        follow.accept(data.activeDataSetProperty().get());
        data.activeDataSetProperty().addListener((observable, before, now) -> follow.accept(now));
        DataSetAudience counts = new DataSetAudience(() -> Optional.ofNullable(activeFolder.get()),
                DataSetReads.of(workspace)::audience);
        journeys.editor().useAudiences(new JourneyAudiences(new WorkspaceSegmentLibrary(workspace), tasks, counts,
                data.activeDataSetProperty()));
        // the Portfolio rules editor, opened from the library, counts overlaps on the same active data set
        journeys.usePortfolio(new PortfolioContext(new WorkspacePortfolioLibrary(workspace,
                new ReviewWorkflow(workspace, DocumentChecks.forReview())), library,
                new WorkspaceSegmentLibrary(workspace), counts, tasks));
        return journeys;
    }

    /**
     * The Data explorer's Segments tab: the workspace's saved segments (versions of {@code segment} documents), counted
     * on the explored folder as they are edited.
     */
    private Node segments(Path folder) {
        LiveAudience live = new LiveAudience(tasks, new DataSetAudience(() -> Optional.of(folder),
                DataSetReads.of(workspace)::audience));
        return new SegmentsView(new SegmentsViewModel(new WorkspaceSegmentLibrary(workspace), live), dialogs);
    }

    /** The Store layouts section on the active data set; its analytics run through the task executor. */
    private Node storeLayouts(DataViewModel data) {
        return StoreLayoutView.forActiveDataSet(data.activeDataSetProperty(), active -> Path.of(active.sourcePath()),
                DataSetReads.of(workspace)::layouts, tasks, dialogs);
    }

    /**
     * The Simulation section on the active data set; its runs go through the task executor (progress and cancel in
     * the status bar), and it offers every journey version saved in the workspace beside the templates.
     */
    private Node simulation(DataViewModel data) {
        Supplier<List<JourneyChoice>> saved = () ->
                workspace.documents().list("journey").stream()
                        .flatMap(latest -> workspace.documents().history("journey", latest.id()).stream())
                        .map(v -> {
                            try {
                                // where its review stands ("in review", "approved"), as the Journeys section says
                                return JourneyChoice.saved(
                                        JourneyJson.parse(v.body()), v.version(),
                                        reviewStateWords(v), v.author());
                            } catch (JourneyFormatException e) {
                                return JourneyChoice.unreadable(v.id(), v.version(),
                                        e.getMessage());
                            }
                        })
                        .toList();
        DataSetReads reads = DataSetReads.of(workspace);
        WorkspacePortfolioLibrary rules = new WorkspacePortfolioLibrary(workspace,
                new ReviewWorkflow(workspace, DocumentChecks.forReview()));
        return SimulationView.forActiveDataSet(data.activeDataSetProperty(), active -> Path.of(active.sourcePath()),
                RegisteredDataSet::name, SimulationData.of(reads::customers, reads::sparkSource), tasks, saved,
                () -> PortfolioRulesChoice.inLibrary(rules, rules.ids()), dialogs);
    }

    /** "in review", "approved", or "not submitted" for a version saved but never sent for review. */
    private String reviewStateWords(DocumentVersion version) {
        String state = WorkspaceJourneyLibrary.reviewState(workspace, version.id(), version.version());
        return "saved".equals(state) ? "not submitted" : state;
    }

    private static ShellSettings persistentSettings(SettingsStore store) {
        return new ShellSettings() {
            @Override
            public Optional<String> get(String key) {
                return store.get(key);
            }

            @Override
            public void put(String key, String value) {
                store.put(key, value);
            }
        };
    }

    private static ShellSettings previewSettings(SettingsStore store) {
        Map<String, String> changed = new ConcurrentHashMap<>();
        return new ShellSettings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(changed.get(key)).or(() -> store.get(key));
            }

            @Override
            public void put(String key, String value) {
                changed.put(key, value);
            }
        };
    }

    @Override
    public void close() {
        tasks.shutdown();
        workspace.close();
    }
}
