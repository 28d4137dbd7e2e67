package com.retailstudio.app.ui;

import com.retailstudio.app.dataset.DataSetImporter;
import com.retailstudio.app.dataset.DataSetReads;
import com.retailstudio.app.workspace.RegisteredDataSet;
import com.retailstudio.app.workspace.ServerCredentials;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceLocation;
import com.retailstudio.data.quality.DataQualityReport;
import com.retailstudio.layout.ui.StoreLayoutViewModel;
import com.retailstudio.markdown.ui.MarkdownViewModel;
import com.retailstudio.markdown.ui.RuleBookStore;
import com.retailstudio.markdown.ui.ScenarioStore;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What a section does between the active data set being set and its first content, for {@code benchmark-sections}:
 * the section's own view model, reading through the workspace's imported copy as the desktop does, its work run on
 * the calling thread.
 */
public final class SectionOpenings {

    /** The sections timed, by the names {@code benchmark-sections --section} takes. */
    public enum Opened { markdowns, layouts, data }

    private SectionOpenings() {
    }

    /** Opens one section on the folder and returns a few words on what it shows. */
    public static String open(Opened section, Path folder, DataSetReads reads, WorkspaceLocation location) {
        return switch (section) {
            case markdowns -> {
                MarkdownViewModel model = new MarkdownViewModel(new SimpleObjectProperty<>(folder),
                        new CurrentThreadTaskExecutor(), RuleBookStore.inMemory(), null, ScenarioStore.inMemory(),
                        reads::salesHistory);
                model.start();
                if (model.resultProperty().get() == null) {
                    throw new IllegalStateException("The Markdowns section showed no plan for " + folder + ".");
                }
                yield String.format(Locale.ROOT, "a plan for %,d product-stores",
                        model.resultProperty().get().summary().productStores());
            }
            case layouts -> {
                StoreLayoutViewModel model = new StoreLayoutViewModel(new CurrentThreadTaskExecutor());
                model.follow(new SimpleObjectProperty<>(folder), f -> f, reads::layouts);
                if (model.snapshotProperty().get() == null) {
                    throw new IllegalStateException("The Store layouts section showed no store for " + folder + ".");
                }
                yield String.format(Locale.ROOT, "store %s: %,d visits, %,d baskets",
                        model.storeProperty().get().storeId(), model.snapshotProperty().get().visits(),
                        model.snapshotProperty().get().baskets());
            }
            case data -> {
                try (Workspace opened = Workspace.open(location, ServerCredentials.PasswordPrompt.NONE)) {
                    RegisteredDataSet registered = opened.dataSets().list().stream()
                            .filter(d -> Path.of(d.sourcePath()).toAbsolutePath().normalize()
                                    .equals(folder.toAbsolutePath().normalize()))
                            .findFirst().orElseThrow(() -> new IllegalStateException(folder + " is not a data set of "
                                    + location.describe() + "; import it first (data import)."));
                    // what the Data section does on opening: the report kept by the import, else a check of the files
                    DataSetImporter importer = new DataSetImporter(opened, Clock.systemUTC());
                    Optional<DataQualityReport> kept = importer.keptReport(registered);
                    DataQualityReport shown = kept.orElseGet(() -> importer.check(registered));
                    yield String.format(Locale.ROOT, "%s, %,d files", kept.isPresent() ? "the report kept by the import"
                            : "a check of the files", shown.files().size());
                }
            }
        };
    }
}
