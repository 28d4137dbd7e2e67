package com.retailstudio.markdown.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.markdown.model.PriceChange;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceChangeWriterTest {

    @Test
    void aProductIdThatCouldRunAsAFormulaIsWrittenAsTextAndNumbersStayNumbers() throws IOException {
        StringWriter csv = new StringWriter();
        PriceChangeWriter.write(List.of(new PriceChange("S001", "+cmd|' /C calc'!A0", LocalDate.of(2026, 9, 7), 10,
                7.5, 25)), csv);

        assertEquals(PriceChangeWriter.HEADER + "\nS001,\"'+cmd|' /C calc'!A0\",2026-09-07,10.00,7.50,25.0\n",
                csv.toString());
    }
}
