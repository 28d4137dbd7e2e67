package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.app.explore.CopyCustomerLookup;
import com.retailstudio.app.explore.CustomerLookup;
import com.retailstudio.app.explore.CustomerRecord;
import com.retailstudio.data.columnar.ColumnarDataSet;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Customer tab: everything the data set holds about one customer id, from the imported copy when the data set
 * has one (a look-up reads a few columns and pages: well under a second at a million customers), else from the CSV
 * files (each streamed once).
 */
public final class CustomerViewModel {

    private final Supplier<Path> folder;
    private final Function<Path, Optional<ColumnarDataSet>> copies;
    private final ExplorerWork work;
    private final StringProperty customerId = new SimpleStringProperty(this, "customerId", "");
    private final ReadOnlyObjectWrapper<CustomerRecord> found = new ReadOnlyObjectWrapper<>(this, "found");

    /** @param copies finds the imported columnar copy of a data-set folder, if it has one that matches its files */
    CustomerViewModel(Supplier<Path> folder, Function<Path, Optional<ColumnarDataSet>> copies, ExplorerWork work) {
        this.folder = folder;
        this.copies = copies;
        this.work = work;
    }

    public StringProperty customerIdProperty() {
        return customerId;
    }

    /** The last customer looked up (its tables are empty when the id is unknown). */
    public ReadOnlyObjectProperty<CustomerRecord> foundProperty() {
        return found.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public void lookUp() {
        String id = customerId.get().strip();
        Path dataFolder = folder.get();
        if (dataFolder == null) {
            return;
        }
        work.run("Looking up " + id, progress -> {
            Optional<ColumnarDataSet> copy = copies.apply(dataFolder);
            return copy.isPresent() ? CopyCustomerLookup.find(copy.get(), id, progress::isCancelled)
                    : CustomerLookup.find(dataFolder, id, progress::isCancelled);
        }, record -> {
                    found.set(record);
                    work.say(record.found()
                            ? String.format("%s: %d consents, %d events, %d basket lines", record.customerId(),
                                    record.consents().rowCount(), record.events().rowCount(),
                                    record.baskets().rowCount())
                            : "No customer has the id " + record.customerId() + ".");
                });
    }
}
