package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
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

    public ExplorerViewModel(TaskExecutor tasks) {
        this(tasks, BrowseViewModel.WHOLE_FILE_BYTES);
    }

    /** @param wholeFileBytes files up to this size are browsed whole, larger ones page by page */
    public ExplorerViewModel(TaskExecutor tasks, long wholeFileBytes) {
        browse = new BrowseViewModel(folder::get, wholeFileBytes, new ExplorerWork(tasks));
        customer = new CustomerViewModel(folder::get, new ExplorerWork(tasks));
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
