package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.ui.task.TaskExecutor;
import com.retailstudio.data.columnar.ColumnarDataSet;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Data explorer on one data-set folder: Browse, Customer, Profile and Pivot, each with its own background work
 * so a profile running does not stop a look-up.
 */
public final class ExplorerViewModel {

    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final BrowseViewModel browse;
    private final CustomerViewModel customer;
    private final ProfileViewModel profile;
    private final PivotViewModel pivot;

    /** @param copies finds the imported columnar copy of a data-set folder, if one matches its files */
    public ExplorerViewModel(TaskExecutor tasks, Function<Path, Optional<ColumnarDataSet>> copies) {
        this(tasks, copies, BrowseViewModel.WHOLE_FILE_BYTES);
    }

    /**
     * @param copies         finds the imported columnar copy of a data-set folder, if one matches its files
     * @param wholeFileBytes CSV files up to this size are browsed whole, larger ones page by page
     */
    public ExplorerViewModel(TaskExecutor tasks, Function<Path, Optional<ColumnarDataSet>> copies,
                             long wholeFileBytes) {
        this(tasks, copies, wholeFileBytes, BrowseViewModel.WHOLE_COPY_ROWS);
    }

    /**
     * @param copies         finds the imported columnar copy of a data-set folder, if one matches its files
     * @param wholeFileBytes CSV files up to this size are browsed whole, larger ones page by page
     * @param wholeCopyRows  files of the copy up to this many rows are browsed whole, larger ones a window at a time
     */
    public ExplorerViewModel(TaskExecutor tasks, Function<Path, Optional<ColumnarDataSet>> copies,
                             long wholeFileBytes, long wholeCopyRows) {
        browse = new BrowseViewModel(folder::get, copies, wholeFileBytes, wholeCopyRows, new ExplorerWork(tasks));
        customer = new CustomerViewModel(folder::get, copies, new ExplorerWork(tasks));
        profile = new ProfileViewModel(folder::get, new ExplorerWork(tasks));
        pivot = new PivotViewModel(folder::get, new ExplorerWork(tasks));
        folder.addListener((observable, before, now) -> {
            browse.open();
            profile.profile();
            pivot.load();
        });
    }

    /** The data-set folder explored (the active data set's CSV files). */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public BrowseViewModel browse() {
        return browse;
    }

    public CustomerViewModel customer() {
        return customer;
    }

    public ProfileViewModel profile() {
        return profile;
    }

    public PivotViewModel pivot() {
        return pivot;
    }
}
