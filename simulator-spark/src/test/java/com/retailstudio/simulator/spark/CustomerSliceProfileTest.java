package com.retailstudio.simulator.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.ProfileColumns;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A slice ships every profile column, birth_date included (and its absence), through Java serialization. */
class CustomerSliceProfileTest {

    @Test
    void theProfileColumnsSurviveTheTripToAnExecutor() throws Exception {
        List<Customer> customers = List.of(
                new Customer("C1", LocalDate.of(2024, 1, 15), "GB", ZoneId.of("Europe/London"), LoyaltyTier.GOLD,
                        AgeBand.AGE_25_34, 0.3, Channel.EMAIL, 1250.5, Optional.of(LocalDate.of(1992, 2, 29))),
                new Customer("C2", LocalDate.of(2025, 6, 1), "US", ZoneId.of("America/Chicago"), LoyaltyTier.NONE,
                        AgeBand.AGE_65_PLUS, 0.9, Channel.STORE, 0, Optional.empty()));
        CustomerData desktop = CustomerData.of(customers, new int[] {3, 0},
                EventTable.builder(List.of("C1", "C2"), List.of()).build());

        CustomerSlice slice = CustomerSlice.of(desktop, 0, 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(slice);
        }
        CustomerData shipped;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = ((CustomerSlice) in.readObject()).toCustomerData();
        }

        assertEquals(customers, List.of(shipped.customer(0), shipped.customer(1)));
        assertEquals((int) LocalDate.of(1992, 2, 29).toEpochDay(), shipped.birthDay(0));
        assertEquals(ProfileColumns.NO_DATE, shipped.birthDay(1));
        assertEquals(3, shipped.consentBits(0));
    }
}
