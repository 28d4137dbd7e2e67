package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.io.PriceChangeWorkbook;
import com.retailstudio.markdown.io.PriceChangeWriter;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/** The Markdowns section's export of the plan's price changes: an Excel workbook or CSV, off the JavaFX thread. */
public final class PlanExportModel {

    private final TaskExecutor tasks;
    private final ObservableValue<PlanResult> result;
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>(this, "feedback", Feedback.none());

    PlanExportModel(TaskExecutor tasks, ObservableValue<PlanResult> result) {
        this.tasks = tasks;
        this.result = result;
    }

    /** The file name offered for the plan shown: its first markdown week, as a workbook. */
    public String suggestedFileName() {
        PlanResult r = result.getValue();
        return "price-changes-" + (r == null ? "" : r.asOf().plusWeeks(1)) + ".xlsx";
    }

    /** Writes the plan's price changes: an Excel workbook when the file ends in .xlsx, else CSV. */
    public void export(Path file) {
        PlanResult plan = result.getValue();
        if (plan == null) {
            feedback.set(Feedback.info("There is no plan to export yet."));
            return;
        }
        boolean workbook = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        feedback.set(Feedback.info("Exporting to " + file.getFileName() + "…"));
        tasks.execute(BackgroundTask.of("Exporting price changes", progress -> {
            if (workbook) {
                PriceChangeWorkbook.write(plan, file);
            } else {
                PriceChangeWriter.write(plan.priceChanges(), file);
            }
            return file;
        }).onSuccess(written -> feedback.set(Feedback.info(String.format(Locale.ROOT, "%,d price changes written "
                + "to %s", plan.priceChanges().size(), written))))
                .onFailure(failure -> feedback.set(Feedback.danger("Could not write " + file + ": "
                        + (failure instanceof NoSuchFileException ? "its folder does not exist."
                        : failure.getMessage()))))
                .onCancelled(() -> feedback.set(Feedback.info("Export cancelled."))));
    }

    /** The line about the old plan's file goes when the plan is replaced. */
    void forget() {
        feedback.set(Feedback.none());
    }

    /** What the last export did; danger when it could not write. */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }
}
