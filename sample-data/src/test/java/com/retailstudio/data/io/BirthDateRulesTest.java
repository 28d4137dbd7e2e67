package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.retailstudio.data.model.Customer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** customers.csv's optional birth_date: read when there, refused with file, line and column when implausible. */
class BirthDateRulesTest {

    private static final String HEADER = "customer_id,signup_date,country,timezone,loyalty_tier,age_band,"
            + "price_sensitivity,preferred_channel,lifetime_value,birth_date\n";

    @TempDir
    Path folder;

    private List<Customer> read(String text) {
        Path path = SampleFolder.writeFile(folder, DataFile.CUSTOMERS, text);
        try (Stream<Customer> rows = DataReaders.customers(path)) {
            return rows.toList();
        }
    }

    private DataFormatException rejection(String birthDate, String signupDate) {
        return assertThrows(DataFormatException.class, () -> read(HEADER
                + "C1,2020-01-01,GB,Europe/London,GOLD,25-34,0.3,email,10,1990-06-01\n"
                + "C2," + signupDate + ",GB,Europe/London,GOLD,25-34,0.3,email,10," + birthDate + "\n"));
    }

    private static void assertBirthDateProblem(DataFormatException e, ProblemKind kind) {
        assertEquals("customers.csv", e.fileName(), e.getMessage());
        assertEquals(3, e.line(), e.getMessage());
        assertEquals(Optional.of("birth_date"), e.column(), e.getMessage());
        assertEquals(kind, e.kind(), e.getMessage());
    }

    @Test
    void readsBirthDateAndLeavesAnEmptyOneUnknown() {
        List<Customer> customers = read(HEADER
                + "C1,2020-01-01,GB,Europe/London,GOLD,25-34,0.3,email,10,1992-02-29\n"
                + "C2,2020-01-01,GB,Europe/London,GOLD,25-34,0.3,email,10,\n");

        assertEquals(Optional.of(LocalDate.of(1992, 2, 29)), customers.get(0).birthDate());
        assertEquals(Optional.empty(), customers.get(1).birthDate());
    }

    @Test
    void aFileWithoutTheColumnStillLoadsWithoutBirthDates() {
        List<Customer> customers = read("customer_id,signup_date,country,timezone,loyalty_tier,age_band,"
                + "price_sensitivity,preferred_channel,lifetime_value\n"
                + "C1,2020-01-01,GB,Europe/London,GOLD,25-34,0.3,email,10\n");

        assertEquals(Optional.empty(), customers.get(0).birthDate());
    }

    @Test
    void rejectsABirthDateInTheWrongFormat() {
        DataFormatException e = rejection("01/06/1990", "2020-01-01");

        assertEquals("customers.csv line 3, column birth_date: \"01/06/1990\" is not an ISO-8601 date (yyyy-MM-dd)",
                e.getMessage());
        assertBirthDateProblem(e, ProblemKind.WRONG_TYPE);
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        LocalDate future = LocalDate.now(ZoneOffset.UTC).plusYears(1);
        DataFormatException e = rejection(future.toString(), "2020-01-01");

        assertEquals("customers.csv line 3, column birth_date: \"" + future + "\" is in the future (today is "
                + LocalDate.now(ZoneOffset.UTC) + ")", e.getMessage());
        assertBirthDateProblem(e, ProblemKind.RULE_VIOLATED);
    }

    @Test
    void rejectsABirthDateAfterTheSignupDate() {
        DataFormatException e = rejection("2021-03-01", "2020-01-01");

        assertEquals("customers.csv line 3, column birth_date: \"2021-03-01\" is after signup_date 2020-01-01",
                e.getMessage());
        assertBirthDateProblem(e, ProblemKind.RULE_VIOLATED);
    }

    @Test
    void rejectsACustomerYoungerThanSixteenOnTheDayTheyJoined() {
        DataFormatException e = rejection("2004-01-02", "2020-01-01");

        assertEquals("customers.csv line 3, column birth_date: \"2004-01-02\" makes the customer 15 on signup_date "
                + "2020-01-01, younger than 16", e.getMessage());
        assertBirthDateProblem(e, ProblemKind.RULE_VIOLATED);
    }

    @Test
    void acceptsACustomerWhoTurnedSixteenOnTheDayTheyJoined() {
        List<Customer> customers = read(HEADER
                + "C1,2020-01-01,GB,Europe/London,GOLD,18-24,0.3,email,10,2004-01-01\n");

        assertEquals(Optional.of(LocalDate.of(2004, 1, 1)), customers.get(0).birthDate());
    }

    @Test
    void rejectsACustomerOlderThanOneHundredAndTwentyOnTheDayTheyJoined() {
        DataFormatException e = rejection("1899-12-31", "2021-01-01");

        assertEquals("customers.csv line 3, column birth_date: \"1899-12-31\" makes the customer 121 on signup_date "
                + "2021-01-01, older than 120", e.getMessage());
        assertBirthDateProblem(e, ProblemKind.RULE_VIOLATED);
    }
}
