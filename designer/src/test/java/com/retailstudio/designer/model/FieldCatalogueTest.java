package com.retailstudio.designer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.EventType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldCatalogueTest {
    private final FieldCatalogue catalogue = FieldCatalogue.standard();

    private Field field(String path) {
        return catalogue.lookup(path).orElseThrow(() -> new AssertionError("no field " + path));
    }

    @Test
    void profileFieldsComeFromTheCustomerColumnsWithTheirTypesCodesAndRanges() {
        assertEquals(FieldType.ENUM, field("loyalty_tier").type());
        assertEquals(List.of("NONE", "SILVER", "GOLD", "PLATINUM"), field("loyalty_tier").allowedValues());
        assertEquals(FieldType.NUMBER, field("price_sensitivity").type());
        assertEquals(Optional.of(0.0), field("price_sensitivity").min());
        assertEquals(Optional.of(1.0), field("price_sensitivity").max());
        assertEquals(FieldType.DATE, field("signup_date").type());
        assertEquals(FieldType.DATE, field("birth_date").type());
        assertEquals(List.of("signup_date", "birth_date"), FieldCatalogue.standard().profileDates());
        assertEquals(FieldType.TEXT, field("country").type());
        assertEquals(Optional.of(0.0), field("lifetime_value").min());
        assertEquals(Optional.empty(), field("lifetime_value").max());
        assertFalse(catalogue.lookup("customer_id").isPresent());
    }

    @Test
    void everyCustomerColumnButTheIdIsAField() {
        DataFile.CUSTOMERS.columnNames().stream().filter(c -> !c.equals("customer_id"))
                .forEach(c -> assertTrue(catalogue.lookup(c).isPresent(), c));
    }

    @Test
    void consentBehaviourAndTriggerFieldsCoverTheContractEnums() {
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            assertEquals(FieldType.BOOLEAN, field("consent." + purpose.csv()).type());
        }
        for (EventType type : EventType.values()) {
            assertEquals(FieldType.NUMBER, field("events." + type.csv() + ".count_30d").type());
            assertEquals(FieldType.DURATION, field("events." + type.csv() + ".since_last").type());
        }
        assertEquals(FieldType.NUMBER, field("event.value").type());
        assertEquals(List.of("web", "email", "app", "sms", "store", "paid_media"), field("event.channel").allowedValues());
    }

    @Test
    void journeyHistoryResolvesForAnyNodeId() {
        assertEquals(FieldType.BOOLEAN, field("journey.email-1.opened").type());
        assertEquals(Optional.of("email-1"), FieldCatalogue.historyNode("journey.email-1.opened"));
        assertFalse(catalogue.lookup("journey.email-1.bought").isPresent());
    }

    @Test
    void operatorsFollowTheFieldType() {
        assertTrue(FieldType.NUMBER.allows(Operator.GREATER_THAN));
        assertFalse(FieldType.ENUM.allows(Operator.GREATER_THAN));
        assertTrue(FieldType.ENUM.allows(Operator.IN));
        assertFalse(FieldType.BOOLEAN.allows(Operator.IN));
        assertFalse(FieldType.DURATION.allows(Operator.EQUALS));
    }
}
