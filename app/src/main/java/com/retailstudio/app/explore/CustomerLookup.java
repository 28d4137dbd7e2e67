package com.retailstudio.app.explore;

import com.retailstudio.data.io.DataFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import tech.tablesaw.api.Table;

/**
 * Finds one customer across the files of a data-set folder. Each file is streamed once and only the lines that
 * mention the id are parsed, so a look-up in a file of millions of events keeps a handful of rows in memory.
 */
public final class CustomerLookup {

    private CustomerLookup() {
    }

    /** Everything about {@code customerId}; its profile table is empty when no customer has that id. */
    public static CustomerRecord find(Path folder, String customerId, BooleanSupplier cancelled) throws IOException {
        String id = customerId.strip();
        if (id.isEmpty()) {
            throw new ExploreException("Type a customer id to look up, e.g. C00000001.");
        }
        Table profile = matching(folder, DataFile.CUSTOMERS, id, cancelled);
        Table consents = matching(folder, DataFile.CONSENTS, id, cancelled);
        Table events = matching(folder, DataFile.EVENTS, id, cancelled).sortOn("timestamp");
        Table baskets = matching(folder, DataFile.BASKETS, id, cancelled).sortOn("timestamp");
        return new CustomerRecord(id, profile, consents, events, baskets);
    }

    private static Table matching(Path folder, DataFile file, String id, BooleanSupplier cancelled)
            throws IOException {
        Path csv = folder.resolve(file.fileName());
        if (!Files.isRegularFile(csv)) {
            throw new ExploreException(file.fileName() + " is missing from " + folder + ".");
        }
        StringBuilder candidates = new StringBuilder();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            candidates.append(header).append('\n');
            long lines = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.contains(id)) {
                    candidates.append(line).append('\n');
                }
                if (++lines % 100_000 == 0 && cancelled.getAsBoolean()) {
                    throw new CancellationException("The look-up of " + id + " was cancelled.");
                }
            }
        }
        Table table = ContractTables.read(new StringReader(candidates.toString()), file);
        // a line that mentions the id elsewhere (a message id, say) is not the customer's
        return table.where(table.stringColumn("customer_id").isEqualTo(id));
    }
}
