package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.edit.JourneyEdits;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.ExitCriterion;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Goal;
import com.retailstudio.designer.model.Guardrails;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.ObjectiveWeights;
import com.retailstudio.designer.model.ReEntryPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The journey settings inspector's state: name, description, goal, entry trigger, audience, re-entry, guardrails
 * and objective weights, each as typed inputs; {@link #commit()} reads them into a new journey, keeping its steps.
 *
 * <p>One form, a list of inputs each with a one-line accessor, loaded by {@link #show} and read by {@link #read} in
 * the journey's own order, so a setting is added in three adjacent places. The guardrails (caps, quiet hours,
 * consent, holdout) are a form of their own ({@link GuardrailsModel}), and so is where the audience comes from
 * ({@link AudienceChoiceModel}).
 */
public final class JourneySettingsModel {

    /** The three ways into a journey. */
    public enum EntryKind {
        EVENT("On an event"), AUDIENCE("On joining an audience"), SCHEDULE("On a schedule");

        private final String label;

        EntryKind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final FieldCatalogue catalogue;
    private final GuardrailsModel guardrails = new GuardrailsModel();
    private final ExitCriteriaModel exitCriteria = new ExitCriteriaModel();
    private final AudienceChoiceModel audienceChoice;
    private Journey current;

    private final TypedInput<String> name = TypedInput.required("journey a name");
    private final TypedInput<String> description = TypedInput.optionalText();
    private final ObjectProperty<String> goalEvent = new SimpleObjectProperty<>(this, "goalEvent", "purchase");
    private final TypedInput<Duration> goalWindow = TypedInput.duration();

    private final ObjectProperty<EntryKind> entryKind = new SimpleObjectProperty<>(this, "entryKind", EntryKind.EVENT);
    private final ObjectProperty<String> entryEvent = new SimpleObjectProperty<>(this, "entryEvent", "cart_abandon");
    private ConditionGroupModel entryFilter;
    private final TypedInput<String> audienceName = TypedInput.required("audience a name");
    private ConditionGroupModel entryAudience;
    private final TypedInput<LocalDate> scheduleStart = TypedInput.date();
    private final TypedInput<LocalTime> scheduleAt = TypedInput.timeOfDay();
    private final ObjectProperty<EntryTrigger.Repeat> scheduleRepeat =
            new SimpleObjectProperty<>(this, "scheduleRepeat", EntryTrigger.Repeat.DAILY);

    private ConditionGroupModel audience;

    private final BooleanProperty reEntryAllowed = new SimpleBooleanProperty(this, "reEntryAllowed");
    private final TypedInput<Duration> reEntryCooldown = TypedInput.duration();
    private final TypedInput<Integer> reEntryMax = TypedInput.whole(1, 1000);


    private final TypedInput<Double> conversions = TypedInput.number(0, Double.POSITIVE_INFINITY);
    private final TypedInput<Double> revenue = TypedInput.number(0, Double.POSITIVE_INFINITY);
    private final TypedInput<Double> margin = TypedInput.number(0, Double.POSITIVE_INFINITY);
    private final TypedInput<Double> fatigue = TypedInput.number(0, Double.POSITIVE_INFINITY);

    public JourneySettingsModel(FieldCatalogue catalogue) {
        this(catalogue, JourneyAudiences.none());
    }

    /** @param audiences the saved segments an audience may be taken from, and counting the entry's estimate */
    public JourneySettingsModel(FieldCatalogue catalogue, JourneyAudiences audiences) {
        this.catalogue = catalogue;
        this.audienceChoice = new AudienceChoiceModel(audiences);
    }

    /** Shows a journey's settings. */
    public void show(Journey journey) {
        current = journey;
        FieldChoices plain = FieldChoices.of(catalogue, journey, false);
        name.load(journey.name());
        description.load(journey.description());
        goalEvent.set(journey.goal().event());
        goalWindow.load(journey.goal().window());

        entryFilter = new ConditionGroupModel(FieldChoices.of(catalogue, journey, true));
        entryAudience = new ConditionGroupModel(plain);
        audienceName.load("");
        scheduleStart.load(LocalDate.now());
        scheduleAt.load(LocalTime.of(9, 0));
        if (journey.entry() instanceof EntryTrigger.EventTrigger e) {
            entryKind.set(EntryKind.EVENT);
            entryEvent.set(e.event());
            entryFilter.load(e.filter());
        } else if (journey.entry() instanceof EntryTrigger.AudienceTrigger a) {
            entryKind.set(EntryKind.AUDIENCE);
            audienceName.load(a.audienceName());
            entryAudience.load(a.conditions());
        } else if (journey.entry() instanceof EntryTrigger.ScheduleTrigger s) {
            entryKind.set(EntryKind.SCHEDULE);
            scheduleStart.load(s.start());
            scheduleAt.load(s.at());
            scheduleRepeat.set(s.repeat());
        }
        // an audience taken from a segment is edited by choosing another; "written here" starts from its conditions
        audience = ConditionGroupModel.of(plain, journey.audience());
        audienceChoice.show(journey);

        reEntryAllowed.set(journey.reEntry().allowed());
        reEntryCooldown.load(journey.reEntry().cooldown());
        reEntryMax.load(journey.reEntry().maxEntries());
        guardrails.show(journey.guardrails());
        exitCriteria.show(journey.exitCriteria(), plain);


        ObjectiveWeights o = journey.objectives();
        conversions.load(o.conversions());
        revenue.load(o.revenue());
        margin.load(o.margin());
        fatigue.load(o.fatigue());
    }

    public Journey current() {
        return current;
    }

    /**
     * Takes a journey changed elsewhere without reloading when its settings are the ones shown: a step moved or
     * added on the canvas must not reset the panel, unless it changes the message steps conditions may name.
     */
    public boolean keep(Journey journey) {
        if (journey == null || current == null || !sameSettings(journey, current)
                || !journey.messages().equals(current.messages())) {
            return false;
        }
        current = journey;
        return true;
    }

    /** The settings are what {@link JourneyEdits#updateSettings} takes over, so one list of them serves both. */
    private static boolean sameSettings(Journey a, Journey b) {
        return a.id().equals(b.id()) && JourneyEdits.updateSettings(b, a).equals(b);
    }

    /** The reasons to leave other than the goal. */
    public ExitCriteriaModel exitCriteria() {
        return exitCriteria;
    }

    public TypedInput<String> name() {
        return name;
    }

    public TypedInput<String> description() {
        return description;
    }

    public ObjectProperty<String> goalEventProperty() {
        return goalEvent;
    }

    public TypedInput<Duration> goalWindow() {
        return goalWindow;
    }

    public ObjectProperty<EntryKind> entryKindProperty() {
        return entryKind;
    }

    public ObjectProperty<String> entryEventProperty() {
        return entryEvent;
    }

    /** The entry event's filter: may also test the triggering event ({@code event.*}). */
    public ConditionGroupModel entryFilter() {
        return entryFilter;
    }

    public TypedInput<String> audienceName() {
        return audienceName;
    }

    public ConditionGroupModel entryAudience() {
        return entryAudience;
    }

    public TypedInput<LocalDate> scheduleStart() {
        return scheduleStart;
    }

    public TypedInput<LocalTime> scheduleAt() {
        return scheduleAt;
    }

    public ObjectProperty<EntryTrigger.Repeat> scheduleRepeatProperty() {
        return scheduleRepeat;
    }

    /** Conditions every entering customer must meet, when written in the journey. */
    public ConditionGroupModel audience() {
        return audience;
    }

    /** Whether the audience is written here or a saved segment, and the entry's estimated audience. */
    public AudienceChoiceModel audienceChoice() {
        return audienceChoice;
    }

    public BooleanProperty reEntryAllowedProperty() {
        return reEntryAllowed;
    }

    public TypedInput<Duration> reEntryCooldown() {
        return reEntryCooldown;
    }

    public TypedInput<Integer> reEntryMax() {
        return reEntryMax;
    }


    /** Frequency caps, quiet hours, consent per channel and the holdout. */
    public GuardrailsModel guardrails() {
        return guardrails;
    }

    public TypedInput<Double> conversions() {
        return conversions;
    }

    public TypedInput<Double> revenue() {
        return revenue;
    }

    public TypedInput<Double> margin() {
        return margin;
    }

    public TypedInput<Double> fatigue() {
        return fatigue;
    }

    /** The new journey when the settings read and changed; empty otherwise (problems shown by their inputs). */
    public Optional<Journey> commit() {
        Optional<Journey> read = read();
        if (read.isEmpty() || read.get().equals(current)) {
            return Optional.empty();
        }
        current = read.get();
        audienceChoice.estimate(current);
        return read;
    }

    /** The journey the settings describe, or empty when some input does not read. */
    public Optional<Journey> read() {
        if (current == null) {
            return Optional.empty();
        }
        Optional<String> n = name.read();
        Optional<String> d = description.read();
        Optional<Duration> window = goalWindow.read();
        if (window.isPresent() && window.get().isZero()) {
            goalWindow.flag("The goal needs time to happen: give a window, e.g. 7 days.");
            window = Optional.empty();
        }
        Optional<EntryTrigger> entry = readEntry();
        Optional<AudienceChoiceModel.Choice> aud = audienceChoice.read(audience);
        Optional<ReEntryPolicy> reEntry = readReEntry();
        Optional<Guardrails> guardrails = this.guardrails.read();
        Optional<ObjectiveWeights> objectives = readObjectives();
        Optional<List<ExitCriterion>> exits = exitCriteria.read();
        if (n.isEmpty() || d.isEmpty() || window.isEmpty() || entry.isEmpty() || aud.isEmpty() || reEntry.isEmpty()
                || guardrails.isEmpty() || objectives.isEmpty() || exits.isEmpty()) {
            return Optional.empty();
        }
        Journey j = current;
        return Optional.of(new Journey(j.id(), n.get(), d.get(), j.version(), new Goal(goalEvent.get(), window.get()),
                entry.get(), aud.get().conditions(), reEntry.get(), j.nodes(), j.edges(), guardrails.get(),
                objectives.get(), aud.get().segment(), exits.get()));
    }

    private Optional<EntryTrigger> readEntry() {
        switch (entryKind.get()) {
            case EVENT -> {
                return entryFilter.read().map(f -> new EntryTrigger.EventTrigger(entryEvent.get(), f));
            }
            case AUDIENCE -> {
                Optional<String> audienceNamed = audienceName.read();
                Optional<Condition.Group> conditions = entryAudience.read();
                if (conditions.isPresent() && conditions.get().isEmpty()) {
                    // An audience of everyone would enter every customer at once: say so rather than save it.
                    audienceName.flag(audienceName.problem().isEmpty()
                            ? "Add at least one condition that says who joins the audience." : audienceName.problem());
                    return Optional.empty();
                }
                if (audienceNamed.isEmpty() || conditions.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new EntryTrigger.AudienceTrigger(audienceNamed.get(), conditions.get()));
            }
            default -> {
                Optional<LocalDate> start = scheduleStart.read();
                Optional<LocalTime> at = scheduleAt.read();
                if (start.isEmpty() || at.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new EntryTrigger.ScheduleTrigger(start.get(), at.get(), scheduleRepeat.get()));
            }
        }
    }

    private Optional<ReEntryPolicy> readReEntry() {
        if (!reEntryAllowed.get()) {
            return Optional.of(current.reEntry().allowed() ? ReEntryPolicy.once() : current.reEntry());
        }
        Optional<Duration> cooldown = reEntryCooldown.read();
        Optional<Integer> max = reEntryMax.read();
        if (cooldown.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReEntryPolicy(true, cooldown.get(), max.get()));
    }


    private Optional<ObjectiveWeights> readObjectives() {
        Optional<Double> c = conversions.read();
        Optional<Double> r = revenue.read();
        Optional<Double> m = margin.read();
        Optional<Double> f = fatigue.read();
        if (c.isEmpty() || r.isEmpty() || m.isEmpty() || f.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ObjectiveWeights(c.get(), r.get(), m.get(), f.get()));
    }
}
