package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.ui.files.DocumentsFolder;
import com.retailstudio.ui.task.TaskExecutor;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the Data explorer in its own window beside the Data section, so the quality report stays in view. */
public final class ExplorerWindow {

    private ExplorerWindow() {
    }

    /**
     * Opens a window exploring the data-set folder, showing its customers file first.
     *
     * @param copies   finds the imported columnar copy of the folder, which Browse reads when its files match
     * @param segments the Segments tab, made for the window; empty for none
     */
    public static Stage open(Window owner, Path folder, TaskExecutor tasks,
                             Function<Path, Optional<ColumnarDataSet>> copies, Optional<Node> segments) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Data explorer — " + folder.getFileName());
        ExplorerViewModel model = new ExplorerViewModel(tasks, copies);
        ExplorerView view = new ExplorerView(model, suggested -> {
            FileChooser chooser = DocumentsFolder.fileChooser("Export the pivot");
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().setAll(
                    new FileChooser.ExtensionFilter("Excel workbook (*.xlsx)", "*.xlsx"),
                    new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
            return Optional.ofNullable(chooser.showSaveDialog(stage)).map(File::toPath);
        });
        segments.ifPresent(tab -> view.addTab("Segments", tab));
        model.folderProperty().set(folder);
        model.browse().fileProperty().set(DataFile.CUSTOMERS);
        model.profile().fileProperty().set(DataFile.CUSTOMERS);
        model.pivot().fileProperty().set(DataFile.SALES_WEEKLY);
        // no file chosen: Browse closes the copy's part files it keeps open for its windows
        stage.setOnHidden(event -> model.browse().fileProperty().set(null));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        return stage;
    }
}
