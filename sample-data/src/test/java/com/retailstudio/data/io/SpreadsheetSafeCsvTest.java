package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SpreadsheetSafeCsvTest {

    @Test
    void cellsThatCouldStartAFormulaAreQuotedWithASingleQuoteInFront() {
        assertEquals("\"'+cmd|' /C calc'!A0\"", SpreadsheetSafeCsv.text("+cmd|' /C calc'!A0"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", SpreadsheetSafeCsv.text("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'@SUM(A1)\"", SpreadsheetSafeCsv.text("@SUM(A1)"));
        assertEquals("\"'-2+3\"", SpreadsheetSafeCsv.text("-2+3"));
        assertEquals("\"'\tP1\"", SpreadsheetSafeCsv.text("\tP1"));
        assertEquals("\"'\rP1\"", SpreadsheetSafeCsv.text("\rP1"));
        assertEquals("\"''quoted\"", SpreadsheetSafeCsv.text("'quoted"));
        assertEquals("P00001", SpreadsheetSafeCsv.text("P00001"));
        assertEquals("\"a,b\"", SpreadsheetSafeCsv.text("a,b"));
    }

    @Test
    void numbersStayPlainNumbersAndAreNeverFlagged() {
        assertEquals("-12.50", SpreadsheetSafeCsv.number(-12.5, 2));
        assertEquals("7.0", SpreadsheetSafeCsv.number(7, 1));
        assertTrue(SpreadsheetSafeCsv.formulaProblem("-12.50").isEmpty());
        assertTrue(SpreadsheetSafeCsv.formulaProblem("-3").isEmpty());
        assertTrue(SpreadsheetSafeCsv.formulaProblem("-1e3").isPresent(), "only plain decimals are numbers");
        assertTrue(SpreadsheetSafeCsv.formulaProblem("+12").isPresent());
        assertTrue(SpreadsheetSafeCsv.formulaProblem("=1+1").orElseThrow().startsWith("starts with '='"));
        assertTrue(SpreadsheetSafeCsv.formulaProblem("\tx").orElseThrow().startsWith("starts with a tab"));
        assertTrue(SpreadsheetSafeCsv.formulaProblem("'=1+1").isEmpty(), "a neutralised cell is text");
    }

    @Test
    void recordsMayHoldLineBreaksAndAreNamedByTheLineTheyStartOn() throws Exception {
        List<SpreadsheetSafeCsv.Record> records = SpreadsheetSafeCsv.records("a,b\n\"two\nlines\",\"x,\"\"y\"\"\"\nlast,\n");

        assertEquals(List.of(new SpreadsheetSafeCsv.Record(1, List.of("a", "b")),
                new SpreadsheetSafeCsv.Record(2, List.of("two\nlines", "x,\"y\"")),
                new SpreadsheetSafeCsv.Record(4, List.of("last", ""))), records);
    }

    @Test
    void anUnclosedQuoteIsMalformedAtItsLine() {
        SpreadsheetSafeCsv.MalformedCsvException e = assertThrows(SpreadsheetSafeCsv.MalformedCsvException.class,
                () -> SpreadsheetSafeCsv.records("a,b\nc,d\n\"open,e\n"));

        assertEquals(3, e.line(), e.getMessage());
    }

    @Property
    void everyTextCellReadsBackAsWrittenAndNeverRunsAsAFormula(@ForAll String value) throws Exception {
        List<SpreadsheetSafeCsv.Record> records = SpreadsheetSafeCsv.records(SpreadsheetSafeCsv.text(value) + ",x\ny,z\n");

        assertEquals(2, records.size());
        List<String> cells = records.get(0).cells();
        assertEquals(2, cells.size());
        assertEquals(List.of("y", "z"), records.get(1).cells());
        assertEquals(value, SpreadsheetSafeCsv.readText(cells.get(0)));
        assertTrue(SpreadsheetSafeCsv.formulaProblem(cells.get(0)).isEmpty(), cells.get(0));
    }
}
