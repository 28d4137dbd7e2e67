package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.engine.PlanOverrides;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.StorePlan;
import com.retailstudio.markdown.scenario.Scenario;
import com.retailstudio.markdown.scenario.ScenarioRun;
import com.retailstudio.ui.feedback.Feedback;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Markdowns section's changes made by hand: a week's price set or a markdown removed (refused with the reason
 * when a rule forbids it), their undo history, and after re-planning the re-applying of those that still keep the
 * rules.
 */
public final class PlanOverridesModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

    private final ObjectProperty<PlanResult> result;
    private final PlanTableModel table;
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>(this, "feedback", Feedback.none());
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final Deque<Snapshot> undo = new ArrayDeque<>();
    private Set<String> overridden = Set.of();
    /** The changes made by hand since the last plan, in order: re-planning re-applies those that still fit. */
    private List<Scenario.HandChange> handChanges = List.of();

    /** A plan and the rows changed by hand in it, to go back to. */
    private record Snapshot(PlanResult result, Set<String> overridden, List<Scenario.HandChange> handChanges) {
    }

    /** @param result the plan shown, which a change replaces by the changed plan */
    PlanOverridesModel(ObjectProperty<PlanResult> result, PlanTableModel table) {
        this.result = result;
        this.table = table;
    }

    /** A new plan is shown: nothing in it is changed by hand and there is nothing to undo. */
    void forget() {
        undo.clear();
        canUndo.set(false);
        overridden = Set.of();
        handChanges = List.of();
        feedback.set(Feedback.none());
    }

    /** The changes made by hand, kept while no data set is shown so that the next plan can take them over. */
    void keep(List<Scenario.HandChange> changes) {
        handChanges = changes;
    }

    /**
     * Sets a row's price from week {@code week} to {@code cents} (a price equal to the one before removes the
     * markdown); returns the reason when a rule refuses it, and the plan stays as it was.
     */
    public Optional<String> setStep(StorePlan row, int week, int cents) {
        return change(row, PlanOverrides.setStep(result.get(), row, week, cents), "Changed by hand", week, cents);
    }

    /** Removes the markdown that takes effect in week {@code week} of a row. */
    public Optional<String> removeStep(StorePlan row, int week) {
        int before = week <= 0 || week > row.planCents().length ? row.currentCents() : row.planCents()[week - 1];
        return change(row, PlanOverrides.removeStep(result.get(), row, week), "Markdown removed by hand", week,
                before);
    }

    /**
     * After re-planning, re-applies the changes made by hand under the new plan, keeping those that still keep the
     * rules (the same check as a new change) and saying which were dropped and why.
     */
    void reapply(PlanResult plan, RuleBook book, List<Scenario.HandChange> changes) {
        if (changes.isEmpty() || plan == null) {
            return;
        }
        ScenarioRun again = ScenarioRun.reapply(plan, new Scenario("changes by hand", book, changes));
        Set<String> keys = new HashSet<>();
        for (Scenario.HandChange kept : again.kept()) {
            again.plan().plans().stream().filter(p -> p.productId().equals(kept.productId())
                    && p.storeId().equals(kept.storeId())).findFirst().ifPresent(row -> PlanOverrides.unitOf(
                    again.plan(), row).forEach(member -> keys.add(member.key())));
        }
        handChanges = again.kept();
        show(again.plan(), keys);
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT, "Re-planned: kept %d of %d change%s "
                + "made by hand", again.kept().size(), changes.size(), changes.size() == 1 ? "" : "s"));
        for (ScenarioRun.Dropped d : again.dropped()) {
            message.append(String.format(Locale.ROOT, "; dropped %s in %s from %s to %.2f: %s", d.change().productId(),
                    d.change().storeId(), DAY.format(d.change().week()), d.change().cents() / 100.0, d.reason()));
        }
        String text = message.append(again.dropped().isEmpty() ? "." : "").toString();
        feedback.set(again.dropped().isEmpty() ? Feedback.success(text) : Feedback.danger(text));
    }

    /** The changes made by hand that the plan shown carries, in the order they were made. */
    public List<Scenario.HandChange> changesByHand() {
        return handChanges;
    }

    private Optional<String> change(StorePlan row, PlanOverrides.Outcome outcome, String what, int week, int cents) {
        if (outcome instanceof PlanOverrides.Rejected rejected) {
            feedback.set(Feedback.danger("Not applied: " + rejected.reason()));
            return Optional.of(rejected.reason());
        }
        PlanOverrides.Applied applied = (PlanOverrides.Applied) outcome;
        undo.push(new Snapshot(result.get(), overridden, handChanges));
        List<Scenario.HandChange> withThis = new ArrayList<>(handChanges);
        withThis.add(new Scenario.HandChange(row.productId(), row.storeId(), row.weeks().get(week), cents));
        handChanges = List.copyOf(withThis);
        Set<String> now = new HashSet<>(overridden);
        applied.changed().forEach(p -> now.add(p.key()));
        double before = applied.changed().stream().mapToDouble(p -> marginOf(result.get(), p.key())).sum();
        double after = applied.changed().stream().mapToDouble(p -> p.plan().margin()).sum();
        show(applied.result(), now);
        feedback.set(Feedback.success(String.format(Locale.ROOT, "%s for %d store%s of %s: margin %+,.0f (now %,.0f).",
                what, applied.changed().size(), applied.changed().size() == 1 ? "" : "s", row.productId(),
                after - before, after)));
        return Optional.empty();
    }

    private static double marginOf(PlanResult plan, String key) {
        return plan.plans().stream().filter(p -> p.key().equals(key)).mapToDouble(p -> p.plan().margin()).sum();
    }

    /** Takes back the last change made by hand; false when there is none. */
    public boolean undoChange() {
        if (undo.isEmpty()) {
            return false;
        }
        Snapshot back = undo.pop();
        handChanges = back.handChanges();
        show(back.result(), back.overridden());
        feedback.set(Feedback.success("Undone: the plan is as it was before the last change."));
        return true;
    }

    private void show(PlanResult plan, Set<String> changedByHand) {
        overridden = Set.copyOf(changedByHand);
        table.showVersion(plan);
        result.set(plan);
        canUndo.set(!undo.isEmpty());
    }

    /** Whether a row's price path was changed by hand. */
    public boolean isOverridden(StorePlan row) {
        return overridden.contains(row.key());
    }

    /** What the last change by hand, undo or re-plan did; danger when it was refused or dropped changes. */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
