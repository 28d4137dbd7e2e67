package com.retailstudio.data.columnar;

import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.Event;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The consents and events of an import, held in one temporary {@link Spill} per customer partition until events.csv is
 * read; {@link ConsentPartition} and {@link EventPartition} read the rows back in the order written here.
 */
final class PartitionSpills {

    private final Path folder;
    private final int customersPerPartition;
    private final List<Spill> consents = new ArrayList<>();
    private final List<Spill> events = new ArrayList<>();

    /** Spills into {@code folder}, which is made here. */
    PartitionSpills(Path folder, int customersPerPartition) throws IOException {
        this.folder = folder;
        this.customersPerPartition = customersPerPartition;
        Files.createDirectories(folder);
    }

    /** The customers of partition {@code partition} when there are {@code customers} in all. */
    static int partitionSize(int partition, int customersPerPartition, long customers) {
        long start = (long) partition * customersPerPartition;
        return (int) Math.max(0, Math.min(customersPerPartition, customers - start));
    }

    /** Spills the consent on row {@code fileRow} of consents.csv, of the customer on row {@code customerRow}. */
    void consent(Consent consent, long fileRow, int customerRow, long customers) throws IOException {
        DataOutputStream out = spill(consents, "consents", customerRow, customers).startRow(fileRow, customerRow);
        out.writeByte(consent.purpose().ordinal());
        out.writeBoolean(consent.granted());
        out.writeLong(consent.updatedAt().getEpochSecond());
        out.writeInt(consent.updatedAt().getNano());
    }

    /** Spills the event on row {@code fileRow} of events.csv; {@code productRow} is -1 for an event without product. */
    void event(Event event, long fileRow, int customerRow, int productRow, long customers) throws IOException {
        DataOutputStream out = spill(events, "events", customerRow, customers).startRow(fileRow, customerRow);
        Spill.writeString(out, event.eventId());
        out.writeLong(event.timestamp().getEpochSecond());
        out.writeInt(event.timestamp().getNano());
        out.writeByte(event.eventType().ordinal());
        out.writeByte(event.channel().ordinal());
        out.writeByte(event.messageKind().map(Enum::ordinal).orElse(-1));
        Spill.writeString(out, event.messageId().orElse(null));
        out.writeInt(productRow);
        out.writeDouble(event.value().orElse(Double.NaN));
    }

    /** The consents of a partition, or null when it has none. */
    Spill consents(int partition) {
        return at(consents, partition);
    }

    /** The events of a partition, or null when it has none. */
    Spill events(int partition) {
        return at(events, partition);
    }

    /** Removes every spill file and the folder. */
    void delete() throws IOException {
        for (Spill spill : consents) {
            if (spill != null) {
                spill.delete();
            }
        }
        for (Spill spill : events) {
            if (spill != null) {
                spill.delete();
            }
        }
        Files.deleteIfExists(folder);
    }

    private Spill spill(List<Spill> spills, String table, int customerRow, long customers) throws IOException {
        int partition = customerRow / customersPerPartition;
        while (spills.size() <= partition) {
            spills.add(null);
        }
        Spill spill = spills.get(partition);
        if (spill == null) {
            spill = new Spill(folder.resolve(table + "-" + partition + ".bin"), partition * customersPerPartition,
                    partitionSize(partition, customersPerPartition, customers));
            spills.set(partition, spill);
        }
        return spill;
    }

    private static Spill at(List<Spill> spills, int partition) {
        return partition < spills.size() ? spills.get(partition) : null;
    }
}
