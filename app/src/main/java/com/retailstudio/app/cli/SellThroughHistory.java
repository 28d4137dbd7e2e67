package com.retailstudio.app.cli;

import com.retailstudio.app.dataset.DataSetReads;
import com.retailstudio.data.io.DataFormatException;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import java.nio.file.Path;

/** The data set a markdown plan is made from, for the commands that plan ({@code plan-markdowns}, {@code plan import}). */
final class SellThroughHistory {

    private SellThroughHistory() {
    }

    /**
     * Reads what planning uses (stores, products, weekly sales) from the folder's imported copy when there is one,
     * otherwise the whole folder.
     */
    static DataSet load(DataFolderOption.JobData data) {
        if (data.imported().isEmpty()) {
            return load(data.folder());
        }
        DataSet dataSet = DataSetReads.salesHistory(data.imported().get());
        if (dataSet.weeklySales().isEmpty()) {
            throw new CommandFailure("The data set in " + data.folder() + " has no weekly sales to plan from.");
        }
        return dataSet;
    }

    /** Reads the folder; refused in one sentence when it cannot be read or has no weekly sales to plan from. */
    static DataSet load(Path folder) {
        DataSet dataSet;
        try {
            dataSet = DataSetLoader.load(folder);
        } catch (DataFormatException e) {
            throw new CommandFailure("The data set in " + folder + " cannot be read: " + e.getMessage(), e);
        }
        if (dataSet.weeklySales().isEmpty()) {
            throw new CommandFailure("The data set in " + folder + " has no weekly sales to plan from.");
        }
        return dataSet;
    }
}
