package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.app.explore.ColumnProfile;
import com.retailstudio.app.explore.ColumnProfiler;
import com.retailstudio.app.explore.FileProfile;
import com.retailstudio.data.io.DataFile;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The Profile tab: the figures of every column of one file, and the chart of the column chosen. */
public final class ProfileViewModel {

    /** Rows profiled at most: a 20-million-row events file gives its figures in seconds, over its first rows. */
    public static final int ROW_LIMIT = 1_000_000;

    private final Supplier<Path> folder;
    private final ExplorerWork work;
    private final ObjectProperty<DataFile> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyObjectWrapper<FileProfile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ObjectProperty<ColumnProfile> column = new SimpleObjectProperty<>(this, "column");

    ProfileViewModel(Supplier<Path> folder, ExplorerWork work) {
        this.folder = folder;
        this.work = work;
        file.addListener((observable, before, now) -> profile());
    }

    public ObjectProperty<DataFile> fileProperty() {
        return file;
    }

    public ReadOnlyObjectProperty<FileProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    /** The column whose chart is shown. */
    public ObjectProperty<ColumnProfile> columnProperty() {
        return column;
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public void profile() {
        DataFile chosen = file.get();
        Path dataFolder = folder.get();
        profile.set(null);
        column.set(null);
        if (chosen == null || dataFolder == null) {
            return;
        }
        work.run("Profiling " + chosen.fileName(), progress -> ColumnProfiler.profile(dataFolder, chosen, ROW_LIMIT),
                result -> {
                    profile.set(result);
                    column.set(result.columns().isEmpty() ? null : result.columns().get(0));
                    work.say(result.wholeFile()
                            ? String.format("%s · %,d rows", chosen.fileName(), result.rowsProfiled())
                            : String.format("%s · first %,d rows profiled (the file has more)", chosen.fileName(),
                                    result.rowsProfiled()));
                });
    }
}
