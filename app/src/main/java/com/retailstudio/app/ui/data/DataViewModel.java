package com.retailstudio.app.ui.data;

import com.retailstudio.app.dataset.DataSetImporter;
import com.retailstudio.app.dataset.DataSetRejectedException;
import com.retailstudio.app.dataset.ImportProgress;
import com.retailstudio.app.quality.ImportQuality;
import com.retailstudio.app.quality.QualityDrift;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.ProgressReporter;
import com.retailstudio.ui.task.RunningTask;
import com.retailstudio.ui.task.TaskExecutor;
import com.retailstudio.app.workspace.RegisteredDataSet;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.quality.DataQualityChecker;
import com.retailstudio.data.quality.DataQualityReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Data section's state: the workspace's data sets, the report of the one shown, and a folder the user opened
 * to preview before making it the active data set.
 */
public final class DataViewModel {

    private final Workspace workspace;
    private final DataSetImporter importer;
    private final TaskExecutor tasks;
    private final Clock clock;

    private final ObservableList<RegisteredDataSet> dataSets = FXCollections.observableArrayList();
    private final ObservableList<ImportQuality> qualityHistory = FXCollections.observableArrayList();
    private final ObservableList<QualityDrift> drifts = FXCollections.observableArrayList();
    private final ObjectProperty<RegisteredDataSet> activeDataSet = new SimpleObjectProperty<>(this, "active");
    private final ReadOnlyObjectWrapper<DataQualityReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Path> previewFolder = new ReadOnlyObjectWrapper<>(this, "previewFolder");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper busyMessage = new ReadOnlyStringWrapper(this, "busyMessage", "");
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>(this, "feedback",
            Feedback.none());
    private final ReadOnlyObjectWrapper<RunningTask> running = new ReadOnlyObjectWrapper<>(this, "running");
    private boolean switching;
    /** The workspace's data sets and the active one's report as last checked, to return to from a preview. */
    private ActiveState lastActive;

    public DataViewModel(Workspace workspace, DataSetImporter importer, TaskExecutor tasks, Clock clock) {
        this.workspace = workspace;
        this.importer = importer;
        this.tasks = tasks;
        this.clock = clock;
        activeDataSet.addListener((observable, before, now) -> {
            if (now != null && !switching && !now.active()) {
                activate(now);
            }
        });
    }

    /**
     * Removes what a killed import left, loads the bundled sample into an empty workspace, then checks the active
     * data set.
     */
    public void start() {
        run("Loading the bundled sample data", progress -> {
            importer.removeOrphans();
            importer.importSampleIfEmpty(importProgress(progress));
            return activeReport(progress, false);
        }, this::showActive);
    }

    /** Checks a folder the user opened, without changing the workspace. */
    public void preview(Path folder) {
        if (!Files.isDirectory(folder)) {
            feedback.set(Feedback.danger(folder + " is not a folder of CSV files."));
            return;
        }
        run("Checking " + folder.getFileName(), progress -> DataQualityChecker.check(folder, clock), checked -> {
            previewFolder.set(folder);
            report.set(checked);
        });
    }

    /** Imports the previewed folder into the workspace and makes it the active data set. */
    public void importPreview() {
        Path folder = previewFolder.get();
        if (folder == null) {
            return;
        }
        String name = Optional.ofNullable(folder.getFileName()).map(Path::toString).orElse(folder.toString());
        run("Importing " + name, progress -> {
            importer.importFolder(name, folder, importProgress(progress));
            return activeReport(progress, false);
        }, this::showActive);
    }

    /** Leaves the preview and shows the active data set again. */
    public void discardPreview() {
        if (lastActive == null) {
            recheck();
        } else {
            // The active data set has not changed since it was last checked; show that report again.
            showActive(lastActive);
        }
    }

    /** Checks the active data set's files again. */
    public void recheck() {
        run("Checking the active data set", progress -> activeReport(progress, true), this::showActive);
    }

    private void activate(RegisteredDataSet chosen) {
        run("Switching to " + chosen.name(), progress -> {
            workspace.dataSets().activate(chosen.id());
            return activeReport(progress, false);
        }, this::showActive);
    }

    /**
     * The active data set's report: the one kept from its import (shown at once, however large the data set), or,
     * with {@code checkFiles} or when none was kept, a check of its files now.
     */
    private ActiveState activeReport(ProgressReporter progress, boolean checkFiles) {
        Optional<RegisteredDataSet> active = workspace.dataSets().active();
        DataQualityReport checked = active.map(dataSet -> {
            Optional<DataQualityReport> kept = checkFiles ? Optional.empty() : importer.keptReport(dataSet);
            return kept.orElseGet(() -> {
                progress.update(-1, "Checking " + dataSet.name());
                return importer.check(dataSet);
            });
        }).orElse(null);
        List<ImportQuality> history = workspace.qualityHistory().list();
        return new ActiveState(workspace.dataSets().list(), active.orElse(null), checked, history,
                DataSetImporter.drifts(history));
    }

    private void showActive(ActiveState state) {
        lastActive = state;
        switching = true;
        try {
            dataSets.setAll(state.dataSets());
            qualityHistory.setAll(state.history());
            drifts.setAll(state.drifts());
            activeDataSet.set(state.active());
        } finally {
            switching = false;
        }
        previewFolder.set(null);
        report.set(state.report());
    }

    private <T> void run(String title, BackgroundTask.Work<T> work, Consumer<T> onSuccess) {
        feedback.set(Feedback.none());
        busy.set(true);
        busyMessage.set(title + "…");
        RunningTask task = tasks.execute(BackgroundTask.of(title, work)
                .onSuccess(result -> {
                    stopped();
                    onSuccess.accept(result);
                })
                .onFailure(failure -> {
                    stopped();
                    if (failure instanceof DataSetRejectedException rejected) {
                        report.set(rejected.report());
                    }
                    feedback.set(Feedback.danger(failure.getMessage() == null ? failure.toString()
                            : failure.getMessage()));
                })
                .onCancelled(() -> {
                    stopped();
                    feedback.set(Feedback.warning("Cancelled; the workspace is unchanged."));
                }));
        // an executor that runs the task at once (tests) has finished it already
        running.set(task.isDone() ? null : task);
    }

    private void stopped() {
        busy.set(false);
        running.set(null);
    }

    private static ImportProgress importProgress(ProgressReporter progress) {
        return new ImportProgress() {
            @Override
            public void update(double fraction, String message) {
                progress.update(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    public ObservableList<RegisteredDataSet> dataSets() {
        return dataSets;
    }

    /** The quality figures every import kept, oldest first. */
    public ObservableList<ImportQuality> qualityHistory() {
        return qualityHistory;
    }

    /** The drifts between consecutive imports of the history, with file and column. */
    public ObservableList<QualityDrift> drifts() {
        return drifts;
    }

    /** The active data set; setting it from the view switches the workspace's active data set. */
    public ObjectProperty<RegisteredDataSet> activeDataSetProperty() {
        return activeDataSet;
    }

    public ReadOnlyObjectProperty<DataQualityReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> previewFolderProperty() {
        return previewFolder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage.getReadOnlyProperty();
    }

    /** Why the last action failed (danger) or that it was cancelled (warning); none when it succeeded. */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** The check or import running now (for its progress and Cancel), else null. */
    public ReadOnlyObjectProperty<RunningTask> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True when a previewed folder can be imported: it has been checked and has no errors. */
    public BooleanBinding canImportPreview() {
        return Bindings.createBooleanBinding(
                () -> previewFolder.get() != null && report.get() != null && report.get().usable() && !busy.get(),
                previewFolder, report, busy);
    }

    /** Whether there is nothing to show yet: no data set in the workspace and no folder previewed. */
    public BooleanBinding empty() {
        return Bindings.createBooleanBinding(() -> report.get() == null && !busy.get(), report, busy);
    }

    private record ActiveState(List<RegisteredDataSet> dataSets, RegisteredDataSet active,
                               DataQualityReport report, List<ImportQuality> history, List<QualityDrift> drifts) {
    }
}
