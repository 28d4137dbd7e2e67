package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Property
    void everyTextCellReadsBackAsWrittenAndNeverRunsAsAFormula(@ForAll String value) {
        List<String> cells = SpreadsheetSafeCsv.cells(SpreadsheetSafeCsv.text(value) + ",x");

        assertEquals(2, cells.size());
        assertEquals(value, SpreadsheetSafeCsv.readText(cells.get(0)));
        assertTrue(SpreadsheetSafeCsv.formulaProblem(cells.get(0)).isEmpty(), cells.get(0));
    }
}
