package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.io.RuleBookJson;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.RuleProblem;
import com.retailstudio.markdown.model.RulesForm;
import com.retailstudio.markdown.model.StorePlan;
import com.retailstudio.ui.feedback.Feedback;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Markdowns section's rule book and its editor's checks: read from the store at start (the defaults when there is
 * none or it cannot be read), changed through the editor's forms, saved on every change and planned again.
 */
public final class MarkdownRulesModel {

    private final ObjectProperty<RuleBook> rules = new SimpleObjectProperty<>(this, "rules");
    private final RuleBookStore store;
    private final ObservableValue<PlanResult> plan;
    private final Consumer<Feedback> notice;
    private final Runnable replan;

    /**
     * @param plan   the plan shown, whose products' categories and seasons the forms are checked against
     * @param notice where "the rules were not saved" and "the saved rules could not be read" are said
     * @param replan plans again after a saved change
     */
    MarkdownRulesModel(RuleBookStore store, ObservableValue<PlanResult> plan, Consumer<Feedback> notice,
                       Runnable replan) {
        this.store = store;
        this.plan = plan;
        this.notice = notice;
        this.replan = replan;
        rules.set(load());
    }

    private RuleBook load() {
        Optional<String> saved;
        try {
            saved = store.read();
        } catch (RuntimeException e) {
            return unreadable(e);
        }
        if (saved.isEmpty()) {
            return RuleBook.standard();
        }
        try {
            return RuleBookJson.read(saved.get());
        } catch (IllegalArgumentException e) {
            return unreadable(e);
        }
    }

    private RuleBook unreadable(RuntimeException e) {
        notice.accept(Feedback.warning("The saved markdown rules could not be read (" + e.getMessage()
                + "); the defaults apply."));
        return RuleBook.standard();
    }

    public ReadOnlyObjectProperty<RuleBook> rulesProperty() {
        return rules;
    }

    /** The categories of the planned products, sorted. */
    public List<String> categories() {
        PlanResult r = plan.getValue();
        return r == null ? List.of() : List.copyOf(new TreeSet<>(r.plans().stream().map(StorePlan::category)
                .toList()));
    }

    /** The editor's form for the defaults ({@code category} empty) or a category's rules. */
    public RulesForm formFor(Optional<String> category) {
        RuleBook book = rules.get();
        return RulesForm.of(category.map(book::forCategory).orElse(book.defaults()));
    }

    /** Whether a category has rules of its own. */
    public boolean hasOwnRules(String category) {
        return rules.get().byCategory().containsKey(category);
    }

    /** Checks a form against the longest season of the products it would apply to. */
    public RulesForm.Checked check(RulesForm form, Optional<String> category) {
        return form.check(longestSeason(category));
    }

    private int longestSeason(Optional<String> category) {
        PlanResult r = plan.getValue();
        if (r == null) {
            return 0;
        }
        return r.plans().stream().filter(p -> category.isEmpty() || p.category().equals(category.get()))
                .mapToInt(p -> p.basis().seasonWeeks()).max().orElse(0);
    }

    /**
     * Applies the form as the default rules ({@code category} empty) or a category's own, saves the rule book and plans
     * again. Nothing is applied when the form has a problem; the problems are returned.
     */
    public List<RuleProblem> applyRules(Optional<String> category, RulesForm form) {
        RulesForm.Checked checked = check(form, category);
        if (!checked.ok()) {
            return checked.problems();
        }
        RuleBook book = rules.get();
        setRules(category.map(c -> book.withCategory(c, checked.rules().orElseThrow()))
                .orElseGet(() -> book.withDefaults(checked.rules().orElseThrow())));
        return List.of();
    }

    /** A category follows the defaults again; saves and plans again. */
    public void useDefaults(String category) {
        setRules(rules.get().withoutCategory(category));
    }

    /** Plans for another objective (one for the whole rule book), saved with the rules and planned again. */
    public void applyObjective(Objective objective) {
        if (objective != null && objective != rules.get().objective()) {
            setRules(rules.get().withObjective(objective));
        }
    }

    /** Sets the plan-wide markdown budget (NaN = none), saved with the rules and planned again. */
    public void applyPlanBudget(double budget) {
        if (Double.compare(budget, rules.get().planMarkdownBudget()) != 0) {
            setRules(rules.get().withPlanMarkdownBudget(budget));
        }
    }

    private void setRules(RuleBook book) {
        rules.set(book);
        try {
            store.write(RuleBookJson.write(book));
        } catch (RuntimeException e) {
            // On a team workspace someone else may have saved the rule book since it was read; the store refuses to
            // overwrite it and says who. The form keeps this person's rules; nothing is planned on unsaved rules.
            notice.accept(Feedback.warning("The rules were not saved: " + e.getMessage()));
            return;
        }
        notice.accept(Feedback.none());
        replan.run();
    }
}
