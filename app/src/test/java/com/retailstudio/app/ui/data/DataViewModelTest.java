package com.retailstudio.app.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.dataset.BrokenRows;
import com.retailstudio.app.dataset.DataSetImporter;
import com.retailstudio.app.dataset.ImportProgress;
import com.retailstudio.app.dataset.ImportedDataSet;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data section opens on the report kept from the import, and "Check again" reads the files. */
class DataViewModelTest {

    @TempDir
    Path temp;
    private Workspace workspace;
    private DataSetImporter importer;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.open(temp.resolve("workspace"));
        importer = new DataSetImporter(workspace, Clock.systemUTC());
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void opensOnTheKeptReportWithoutReadingTheFilesAndChecksThemOnRequest() throws IOException {
        Path folder = temp.resolve("folder");
        BundledSample.extractTo(folder);
        ImportedDataSet imported = importer.importFolder("Spring", folder, ImportProgress.NONE);
        // the workspace's copy of sales_weekly.csv is broken, size and time kept: only a pass over it can notice
        Path copied = Path.of(imported.dataSet().sourcePath());
        BrokenRows.breakSecondRowKeepingSizeAndTime(copied.resolve("sales_weekly.csv"));

        DataViewModel model = new DataViewModel(workspace, importer, new CurrentThreadTaskExecutor(),
                Clock.systemUTC());
        model.start();
        assertEquals(imported.report().files(), model.reportProperty().get().files(), "the report kept from the import");
        assertTrue(model.reportProperty().get().usable());

        model.recheck();
        assertFalse(model.reportProperty().get().usable(), "checked again: a row of sales_weekly.csv is broken");
    }
}
