package com.retailstudio.simulator.ui;

import com.retailstudio.designer.io.PortfolioFormatException;
import com.retailstudio.designer.io.PortfolioTemplates;
import com.retailstudio.designer.io.PortfolioRulesReader;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Simulation section's portfolio run: several journeys chosen from the section's list, run together on the same
 * customers under the chosen rules (none shared, a workspace rule set or a rules file), with the active data set and
 * seed of the section, on the desktop engine ({@link PortfolioRuns}); its {@link PortfolioSummary} published in the
 * task's callbacks, with the search for a customer of the run across its journeys ({@link #traces()}). One run or
 * comparison at a time: it shares the section's {@link TaskUnderWay}.
 */
public final class PortfolioRunModel {

    private final TaskExecutor tasks;
    private final TaskUnderWay work;
    private final ObservableList<JourneyChoice> offered;
    private final ObservableValue<Path> dataFolder;
    private final Supplier<SimulationData> reads;
    private final Supplier<Optional<Long>> seed;
    private final ObservableList<JourneyChoice> chosen = FXCollections.observableArrayList();
    private final ObservableList<PortfolioRulesChoice> rulesChoices = FXCollections.observableArrayList();
    private final ObjectProperty<PortfolioRulesChoice> rules = new SimpleObjectProperty<>(this, "rules");
    private final List<PortfolioRulesChoice> fromFiles = new ArrayList<>();
    private final ReadOnlyObjectWrapper<PortfolioSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>(this, "feedback", Feedback.none());
    private final CustomerTraceViewModel traces = new CustomerTraceViewModel();
    /** The journeys of the run shown, for its steps' titles; empty before a run. */
    private List<Journey> runJourneys = List.of();
    private final StringBinding whyNot;
    private final BooleanBinding canRun;
    private Supplier<List<PortfolioRulesChoice>> workspaceRules = List::of;
    private DialogService dialogs = DialogService.platform();
    /** Tells a finished run whether its inputs are still the current ones, so a stale one never publishes. */
    private final AtomicLong generation = new AtomicLong();

    PortfolioRunModel(TaskExecutor tasks, TaskUnderWay work, ObservableList<JourneyChoice> offered,
            ObservableValue<Path> dataFolder, Supplier<SimulationData> reads, Supplier<Optional<Long>> seed,
            ObservableValue<String> seedText) {
        this.tasks = tasks;
        this.work = work;
        this.offered = offered;
        this.dataFolder = dataFolder;
        this.reads = reads;
        this.seed = seed;
        whyNot = Bindings.createStringBinding(this::problem, chosen, rules, dataFolder, seedText);
        canRun = Bindings.createBooleanBinding(() -> whyNot.get().isEmpty() && !work.busyProperty().get(), whyNot,
                work.busyProperty());
        // Choices the section no longer offers (a saved version deleted) leave the portfolio.
        offered.addListener((ListChangeListener<JourneyChoice>) change -> chosen.removeIf(c -> !offered.contains(c)));
        chosen.addListener((ListChangeListener<JourneyChoice>) change -> forget());
        rules.addListener((o, before, now) -> {
            forget();
            offerJourneysOfTheRules();
        });
        refreshRules();
    }

    /**
     * The rule set versions saved in the workspace are asked from {@code saved} (again on each refresh); the first
     * of them is chosen.
     */
    public void useWorkspaceRules(Supplier<List<PortfolioRulesChoice>> saved) {
        this.workspaceRules = Objects.requireNonNull(saved);
        rules.set(null);
        refreshRules();
    }

    /** How {@link #chooseRulesFile()} asks the user for a file. */
    public void useDialogs(DialogService dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    /**
     * Lists the rules again: none shared, the workspace's versions, the portfolio templates, the files read; keeps the
     * chosen one where it remains, else chooses the first that is not "none" (the workspace's newest, else the first
     * template).
     */
    public void refreshRules() {
        List<PortfolioRulesChoice> all = new ArrayList<>();
        all.add(PortfolioRulesChoice.none());
        all.addAll(workspaceRules.get());
        PortfolioTemplates.NAMES.forEach(name -> all.add(PortfolioRulesChoice.template(name)));
        all.addAll(fromFiles);
        PortfolioRulesChoice was = rules.get();
        rulesChoices.setAll(all);
        rules.set(was != null && all.contains(was) ? was : all.get(1));
    }

    /**
     * Checks the journeys the chosen rules list in their priority order when none is checked yet, so a portfolio
     * template (or a workspace's rules) can be run at once.
     */
    private void offerJourneysOfTheRules() {
        PortfolioRulesChoice chosenRules = rules.get();
        if (!chosen.isEmpty() || chosenRules == null) {
            return;
        }
        List<JourneyChoice> listed = chosenRules.rules().priority().stream().flatMap(id -> offered.stream()
                .filter(c -> c.journey() != null && c.journey().id().equals(id)).limit(1)).toList();
        if (listed.size() >= 2) {
            chosen.setAll(listed);
        }
    }

    /** Asks for a portfolio rules file and reads it ({@link #readRulesFile}). */
    public void chooseRulesFile() {
        dialogs.chooseFileToOpen("Portfolio rules", "Portfolio rules", "*.json").ifPresent(this::readRulesFile);
    }

    /**
     * Reads a portfolio rules file and chooses it; a file that cannot be read leaves the choice as it was and says
     * why, naming the file, the line and the field.
     */
    public void readRulesFile(Path file) {
        try {
            PortfolioRulesChoice read = PortfolioRulesChoice.file(PortfolioRulesReader.read(file), file);
            fromFiles.removeIf(c -> c.detail().equals(read.detail()));
            fromFiles.add(read);
            refreshRules();
            rules.set(read);
            feedback.set(Feedback.info("Rules read from " + file + "."));
        } catch (PortfolioFormatException e) {
            feedback.set(Feedback.danger("The rules cannot be used: " + e.getMessage()));
        } catch (IOException e) {
            feedback.set(Feedback.danger("The rules file " + file + " cannot be read: " + e.getMessage()));
        }
    }

    /** Why the portfolio cannot run now, empty when it can (not counting a run under way). */
    private String problem() {
        if (dataFolder.getValue() == null) {
            return "Choose a data set in the Data section first.";
        }
        if (seed.get().isEmpty()) {
            return "The seed on the left must be a whole number.";
        }
        if (rules.get() == null) {
            return "Choose the rules the journeys share.";
        }
        if (chosen.size() < 2) {
            return "Choose at least two journeys to run together.";
        }
        Map<String, JourneyChoice> byId = new HashMap<>();
        for (JourneyChoice choice : chosen) {
            if (choice.journey() == null) {
                return "“" + choice.label() + "” cannot be read: " + choice.problem();
            }
            JourneyChoice twice = byId.putIfAbsent(choice.journey().id(), choice);
            if (twice != null) {
                return "“" + twice.label() + "” and “" + choice.label() + "” are the same journey ("
                        + choice.journey().id() + "): a journey can be in the portfolio once.";
            }
        }
        return "";
    }

    /** Runs the chosen journeys together; does nothing unless {@link #canRunProperty()}. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        List<Journey> journeys = chosen.stream().map(JourneyChoice::journey).toList();
        PortfolioRulesChoice rulesNow = rules.get();
        Path folder = dataFolder.getValue();
        SimulationData readsNow = reads.get();
        long chosenSeed = seed.get().orElseThrow();
        long ticket = generation.incrementAndGet();
        String title = "Running " + journeys.size() + " journeys together";
        work.started();
        feedback.set(Feedback.info(title + " under “" + rulesNow.label() + "”…"));
        work.track(tasks.execute(BackgroundTask.of(title, progress -> {
            long t0 = System.nanoTime();
            CustomerData data = EngineRuns.load(folder, readsNow, progress);
            return PortfolioRuns.run(journeys, rulesNow, data, chosenSeed, (System.nanoTime() - t0) / 1_000_000,
                    progress);
        }).onSuccess(outcome -> {
            if (ticket == generation.get()) {
                PortfolioSummary done = outcome.summary();
                runJourneys = outcome.journeys();
                traces.use(outcome.search());
                summary.set(done);
                feedback.set(Feedback.info(String.format(Locale.ROOT, "%d journeys run together on %,d customers "
                        + "in %.1f s (seed %d), and each alone for the cannibalisation.", done.journeys().size(),
                        done.customers(), done.totalMillis() / 1000.0, chosenSeed)));
            }
            work.finished();
        }).onCancelled(() -> {
            if (ticket == generation.get()) {
                feedback.set(SimulationViewModel.cancelled("portfolio run"));
            }
            work.finished();
        }).onFailure(error -> {
            if (ticket == generation.get()) {
                summary.set(null);
                traces.use(null);
                feedback.set(SimulationViewModel.failed("portfolio run", error));
            }
            work.finished();
        })));
    }

    /** Drops the last run: its inputs changed. */
    void forget() {
        generation.incrementAndGet();
        summary.set(null);
        traces.use(null);
        runJourneys = List.of();
        feedback.set(Feedback.none());
    }

    /**
     * The search for a customer of the last portfolio run, by id or by what happened to them; the customer is shown
     * across the journeys. Emptied with the results.
     */
    public CustomerTraceViewModel traces() {
        return traces;
    }

    /** What the last run's steps and journeys are called: node and action titles in their journey, journey names. */
    TracePane.StepTitles stepTitles() {
        Map<String, Journey> byId = new HashMap<>();
        runJourneys.forEach(j -> byId.put(j.id(), j));
        return new TracePane.StepTitles() {
            @Override
            public String step(String journeyId, String key) {
                Journey journey = byId.get(journeyId);
                return journey == null ? key : SimulationSummary.titleOf(journey, key);
            }

            @Override
            public String journey(String journeyId) {
                Journey journey = byId.get(journeyId);
                return journey == null ? journeyId : journey.name();
            }
        };
    }

    /** The journeys the section offers (templates, then saved versions), to choose from. */
    public ObservableList<JourneyChoice> offered() {
        return offered;
    }

    /** The journeys chosen to run together, in the order chosen (the rules' priority decides, not this order). */
    public ObservableList<JourneyChoice> chosen() {
        return chosen;
    }

    public ObservableList<PortfolioRulesChoice> rulesChoices() {
        return rulesChoices;
    }

    public ObjectProperty<PortfolioRulesChoice> rulesProperty() {
        return rules;
    }

    public ReadOnlyObjectProperty<PortfolioSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last run came to, or why a rules file could not be read. */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }

    /** Why the portfolio cannot run now ("Choose at least two journeys…"), empty when it can. */
    public StringBinding whyNotProperty() {
        return whyNot;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }
}
