package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Submit for review" in the Markdowns section: saves the plan as shown (changes by hand included) with the rule book
 * it was made under and the data set it was made on, and submits it, off the JavaFX thread. A plan that breaks a rule
 * is refused with every breach listed.
 */
public final class PlanSubmissionModel {

    private final ReviewSubmission submission;
    private final TaskExecutor tasks;
    private final ObservableValue<PlanResult> result;
    private final ObservableValue<Path> dataFolder;
    private final Supplier<RuleBook> plannedUnder;
    private final BooleanSupplier planning;
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(this, "submitting");
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>(this, "feedback", Feedback.none());
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);

    /**
     * @param submission   where the plan is sent; null when the section has no review workflow
     * @param plannedUnder the rule book the shown plan was made under (the editor's may have changed since)
     * @param planning     whether a plan is being made now (then there is no finished plan to submit)
     */
    PlanSubmissionModel(ReviewSubmission submission, TaskExecutor tasks, ObservableValue<PlanResult> result,
                        ObservableValue<Path> dataFolder, Supplier<RuleBook> plannedUnder, BooleanSupplier planning) {
        this.submission = submission;
        this.tasks = tasks;
        this.result = result;
        this.dataFolder = dataFolder;
        this.plannedUnder = plannedUnder;
        this.planning = planning;
    }

    /** Whether the section can send plans for review (the application passed a {@link ReviewSubmission}). */
    public boolean isAvailable() {
        return submission != null;
    }

    /** Submits the plan shown; what happened is said in {@link #feedbackProperty()}. */
    public void submit() {
        PlanResult plan = result.getValue();
        Path folder = dataFolder.getValue();
        if (submission == null) {
            refused("This window has no review workflow to submit to.", List.of());
            return;
        }
        if (plan == null || folder == null || planning.getAsBoolean()) {
            refused("There is no finished plan to submit yet.", List.of());
            return;
        }
        RuleBook book = plannedUnder.get();
        submitting.set(true);
        problems.clear();
        feedback.set(Feedback.success("Submitting the plan for review…"));
        tasks.execute(BackgroundTask.of("Submitting the markdown plan for review",
                progress -> submission.submit(plan, book, folder)).onSuccess(outcome -> {
                    submitting.set(false);
                    if (outcome instanceof ReviewSubmission.Submitted done) {
                        feedback.set(Feedback.success(String.format(Locale.ROOT, "Submitted plan %s version %d: it "
                                + "is waiting for review in Approvals & export.", done.planId(), done.version())));
                    } else {
                        ReviewSubmission.Refused no = (ReviewSubmission.Refused) outcome;
                        refused("Not submitted: " + no.reason(), no.problems());
                    }
                }).onFailure(failure -> {
                    submitting.set(false);
                    refused("Could not submit the plan: " + failure.getMessage(), List.of());
                }).onCancelled(() -> {
                    submitting.set(false);
                    refused("Submitting was cancelled; nothing was sent for review.", List.of());
                }));
    }

    private void refused(String message, List<String> breaches) {
        feedback.set(Feedback.danger(message));
        problems.setAll(breaches);
    }

    /** A new plan is shown: what was said about submitting the one before is gone. */
    void forget() {
        feedback.set(Feedback.none());
        problems.clear();
    }

    /** What the last submission did; danger when it was refused or failed. */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }

    /** The rules the last refused plan breaks, one sentence each. */
    public ObservableList<String> problems() {
        return problemsView;
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting.getReadOnlyProperty();
    }
}
