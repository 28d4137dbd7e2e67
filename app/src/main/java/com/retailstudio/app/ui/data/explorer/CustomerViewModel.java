package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.app.explore.CustomerLookup;
import com.retailstudio.app.explore.CustomerRecord;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Customer tab: everything the data set holds about one customer id. */
public final class CustomerViewModel {

    private final Supplier<Path> folder;
    private final ExplorerWork work;
    private final StringProperty customerId = new SimpleStringProperty(this, "customerId", "");
    private final ReadOnlyObjectWrapper<CustomerRecord> found = new ReadOnlyObjectWrapper<>(this, "found");

    CustomerViewModel(Supplier<Path> folder, ExplorerWork work) {
        this.folder = folder;
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
        work.run("Looking up " + id, progress -> CustomerLookup.find(dataFolder, id, progress::isCancelled),
                record -> {
                    found.set(record);
                    work.say(record.found()
                            ? String.format("%s: %d consents, %d events, %d basket lines", record.customerId(),
                                    record.consents().rowCount(), record.events().rowCount(),
                                    record.baskets().rowCount())
                            : "No customer has the id " + record.customerId() + ".");
                });
    }
}
