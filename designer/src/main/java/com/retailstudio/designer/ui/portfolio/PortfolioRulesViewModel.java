package com.retailstudio.designer.ui.portfolio;

import com.retailstudio.designer.library.LibraryEntry;
import com.retailstudio.designer.library.PortfolioRulesVersion;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.lint.JourneyOverlap;
import com.retailstudio.designer.lint.PortfolioOverlap;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.BackgroundTask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Portfolio rules editor's state: caps per channel and across channels, the global control, the priority order
 * of the workspace's journeys, suppressed segments and customer ids; saving a new version, submitting it, and the
 * overlap warnings of the journeys on the active data set. No nodes: testable without a stage.
 */
public final class PortfolioRulesViewModel {

    private final PortfolioContext context;
    private final String id;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObservableList<CapRow> caps = FXCollections.observableArrayList();
    private final StringProperty globalControl = new SimpleStringProperty(this, "globalControl", "0");
    private final ObservableList<PriorityEntry> priority = FXCollections.observableArrayList();
    private final ObservableList<SuppressibleSegment> segments = FXCollections.observableArrayList();
    private final ObservableList<SuppressibleSegment> suppressedSegments = FXCollections.observableArrayList();
    private final StringProperty suppressedCustomers = new SimpleStringProperty(this, "suppressedCustomers", "");
    private final IntegerBinding suppressedCustomerCount;
    private final ObservableList<String> overlaps = FXCollections.observableArrayList();
    private final BooleanProperty counting = new SimpleBooleanProperty(this, "counting");
    private final IntegerProperty version = new SimpleIntegerProperty(this, "version");
    private final StringProperty reviewState = new SimpleStringProperty(this, "reviewState", "not saved yet");
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>(this, "feedback", Feedback.none());

    /** The editor of the rule set {@code id}, read from the library at once. */
    public PortfolioRulesViewModel(PortfolioContext context, String id) {
        this.context = context;
        this.id = id;
        caps.add(new CapRow(Optional.empty()));
        Arrays.stream(JourneyChannel.values()).map(channel -> new CapRow(Optional.of(channel))).forEach(caps::add);
        suppressedCustomerCount = Bindings.createIntegerBinding(() -> customerIds().size(), suppressedCustomers);
        reload();
    }

    /** Reads the newest version of the rules, the workspace's journeys and saved segments again. */
    public void reload() {
        Optional<PortfolioRulesVersion> latest = context.rules().latest(id);
        PortfolioRules rules = latest.map(PortfolioRulesVersion::rules).orElse(PortfolioRules.none(id));
        version.set(latest.map(PortfolioRulesVersion::number).orElse(0));
        reviewState.set(latest.map(PortfolioRulesVersion::reviewState).orElse("not saved yet"));
        name.set(latest.isPresent() ? rules.name() : "Portfolio rules");
        caps.forEach(CapRow::clear);
        for (FrequencyCap cap : rules.caps()) {
            caps.stream().filter(row -> row.channel().equals(cap.channel())).findFirst().ifPresent(row -> row.show(cap));
        }
        globalControl.set(number(rules.globalControlPercent()));
        Map<String, String> journeyNames = context.journeys().list().stream()
                .collect(Collectors.toMap(LibraryEntry::id, LibraryEntry::name, (a, b) -> a));
        List<PriorityEntry> order = new ArrayList<>();
        rules.priority().forEach(journey -> order.add(new PriorityEntry(journey,
                journeyNames.getOrDefault(journey, journey), journeyNames.containsKey(journey))));
        journeyNames.keySet().stream().sorted().filter(journey -> !rules.priority().contains(journey))
                .forEach(journey -> order.add(new PriorityEntry(journey, journeyNames.get(journey), true)));
        priority.setAll(order);
        List<SuppressibleSegment> chosen = rules.suppressedSegments().stream().map(SuppressibleSegment::of).toList();
        Set<SuppressibleSegment> available = new LinkedHashSet<>(chosen);
        for (SegmentVersion saved : context.segments().list()) {
            available.add(new SuppressibleSegment(saved.reference(), saved.segment().conditions()));
        }
        segments.setAll(available);
        suppressedSegments.setAll(chosen);
        suppressedCustomers.set(String.join("\n", rules.suppressedCustomers().stream().sorted().toList()));
        overlaps.clear();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The cap across all channels first, then one row per channel. */
    public ObservableList<CapRow> caps() {
        return caps;
    }

    /** The global control's share of customers in percent, as typed. */
    public StringProperty globalControlProperty() {
        return globalControl;
    }

    /** The journeys, highest priority first. */
    public ObservableList<PriorityEntry> priority() {
        return priority;
    }

    /**
     * Moves the journey at {@code index} one place up (higher priority).
     *
     * @return where it is now
     */
    public int moveUp(int index) {
        if (index <= 0 || index >= priority.size()) {
            return index;
        }
        PriorityEntry moved = priority.remove(index);
        priority.add(index - 1, moved);
        return index - 1;
    }

    /**
     * Moves the journey at {@code index} one place down (lower priority).
     *
     * @return where it is now
     */
    public int moveDown(int index) {
        if (index < 0 || index >= priority.size() - 1) {
            return index;
        }
        PriorityEntry moved = priority.remove(index);
        priority.add(index + 1, moved);
        return index + 1;
    }

    /** The saved segments that can be suppressed (the newest version of each, and any version the rules name). */
    public ObservableList<SuppressibleSegment> segments() {
        return segments;
    }

    /** The segments whose customers receive no marketing. */
    public ObservableList<SuppressibleSegment> suppressedSegments() {
        return suppressedSegments;
    }

    /** Suppressed customer ids as typed or pasted: one per line, or separated by commas, spaces or tabs. */
    public StringProperty suppressedCustomersProperty() {
        return suppressedCustomers;
    }

    /** How many distinct customer ids the text holds. */
    public IntegerBinding suppressedCustomerCountProperty() {
        return suppressedCustomerCount;
    }

    /** Adds the customer ids of a file (one per line, or a CSV whose first column holds them, header skipped). */
    public void loadCustomers(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> ids = new ArrayList<>();
            for (String line : lines) {
                String first = line.split(",", -1)[0].replace("\"", "").replace("\uFEFF", "").strip();
                if (!first.isEmpty() && !first.toLowerCase(Locale.ROOT).equals("customer_id")) {
                    ids.add(first);
                }
            }
            Set<String> all = new LinkedHashSet<>(customerIds());
            int before = all.size();
            all.addAll(ids);
            suppressedCustomers.set(String.join("\n", all));
            feedback.set(Feedback.info("Added " + (all.size() - before) + " customer ids from " + file.getFileName()
                    + "; save to keep them."));
        } catch (IOException e) {
            feedback.set(Feedback.danger(file.getFileName() + " could not be read: " + e.getMessage()));
        }
    }

    private Set<String> customerIds() {
        String text = suppressedCustomers.get() == null ? "" : suppressedCustomers.get();
        return Stream.of(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The rules as edited.
     *
     * @throws IllegalArgumentException saying what to fix, e.g. a cap that is not a number
     */
    public PortfolioRules rules() {
        String typedName = name.get() == null ? "" : name.get().strip();
        if (typedName.isEmpty()) {
            throw new IllegalArgumentException("The rules need a name.");
        }
        List<FrequencyCap> chosenCaps = new ArrayList<>();
        for (CapRow row : caps) {
            row.cap().ifPresent(chosenCaps::add);
        }
        double control;
        try {
            control = Double.parseDouble(globalControl.get().strip().replace("%", "").strip());
        } catch (NumberFormatException | NullPointerException e) {
            control = -1;
        }
        if (!(control >= 0 && control <= 100)) {
            throw new IllegalArgumentException("The global control is a share of customers between 0 and 100 percent, "
                    + "not '" + globalControl.get() + "'.");
        }
        return new PortfolioRules(id, typedName, chosenCaps, control,
                priority.stream().map(PriorityEntry::id).toList(),
                suppressedSegments.stream().map(SuppressibleSegment::suppressed).toList(), customerIds());
    }

    /** Saves the rules as their next version, then checks the journeys' overlaps again. */
    public void save() {
        PortfolioRules rules;
        try {
            rules = rules();
        } catch (IllegalArgumentException e) {
            feedback.set(Feedback.danger(e.getMessage()));
            return;
        }
        try {
            PortfolioRulesVersion saved = context.rules().save(rules, version.get());
            version.set(saved.number());
            reviewState.set(saved.reviewState());
            feedback.set(Feedback.success("Saved version " + saved.number() + " of " + rules.name() + "."));
        } catch (RuntimeException e) {
            feedback.set(Feedback.danger(e.getMessage()));
            return;
        }
        checkOverlaps();
    }

    /** Submits the newest saved version for review. */
    public void submitForReview() {
        try {
            PortfolioRulesVersion submitted = context.rules().submitForReview(id);
            reviewState.set(submitted.reviewState());
            feedback.set(Feedback.success("Submitted version " + submitted.number() + " for review."));
        } catch (RuntimeException e) {
            feedback.set(Feedback.danger(e.getMessage()));
        }
    }

    /**
     * Counts, off the JavaFX thread, which of the workspace's journeys can message the same customer on the same day
     * on the active data set, in priority order; the warnings replace the list when done.
     */
    public void checkOverlaps() {
        List<Journey> journeys = priority.stream().filter(PriorityEntry::inWorkspace)
                .map(entry -> context.journeys().draft(entry.id())).flatMap(Optional::stream).toList();
        counting.set(true);
        context.tasks().execute(BackgroundTask.of("Checking which journeys reach the same customers",
                        progress -> PortfolioOverlap.check(journeys, context.counts()::count))
                .onSuccess(found -> {
                    counting.set(false);
                    overlaps.setAll(found.stream().map(JourneyOverlap::message).toList());
                    if (found.isEmpty()) {
                        overlaps.setAll(List.of("No two journeys can message the same customer on the same day."));
                    }
                })
                .onFailure(error -> {
                    counting.set(false);
                    overlaps.setAll(List.of("The overlaps could not be counted: " + error.getMessage()));
                })
                .onCancelled(() -> counting.set(false)));
    }

    /** The overlap warnings, one sentence each naming both journeys and how many customers meet both. */
    public ObservableList<String> overlaps() {
        return overlaps;
    }

    public ReadOnlyBooleanProperty countingProperty() {
        return counting;
    }

    /** The newest saved version the editor shows, 0 before the first save. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version;
    }

    /** Where the newest version is in review: "saved", "in review", "approved", ... */
    public StringProperty reviewStateProperty() {
        return reviewState;
    }

    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }

    /** For the view's window title. */
    public String id() {
        return id;
    }
}
