package com.retailstudio.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.dataset.ColumnarCopies;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.io.DataFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.tablesaw.api.Table;

/** Every file of the bundled sample reads from its imported columnar copy as the same table as from its CSV. */
@Tag("slow") // imports the sample, reads every file from copy and CSV; fast: DataSetReadsTest
class ColumnarTablesTest {

    @TempDir
    static Path temp;
    static Path csv;
    static ColumnarDataSet copy;

    @BeforeAll
    static void importTheSample() throws Exception {
        csv = SampleCsv.extract(Files.createDirectories(temp.resolve("sample")));
        copy = ColumnarCopies.importFolder(csv, temp.resolve("datasets"), (stage, rows) -> { }, Clock.systemUTC());
    }

    @ParameterizedTest
    @EnumSource(DataFile.class)
    void theCopyGivesTheCsvTableCellByCell(DataFile file) throws Exception {
        Table fromCsv = ContractTables.read(csv, file);

        Table fromCopy = ColumnarTables.read(copy, file);

        assertSameTable(fromCsv, fromCopy);
        assertTrue(fromCsv.rowCount() > 0, file + " has rows in the sample");
    }

    /** Name, columns with their types, and every cell (missing where the CSV field is empty). */
    static void assertSameTable(Table expected, Table actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.columnNames(), actual.columnNames());
        assertEquals(expected.types(), actual.types(), expected.name());
        assertEquals(expected.rowCount(), actual.rowCount(), expected.name());
        for (int column = 0; column < expected.columnCount(); column++) {
            for (int row = 0; row < expected.rowCount(); row++) {
                String where = expected.name() + "." + expected.column(column).name() + " row " + row;
                assertEquals(expected.column(column).isMissing(row), actual.column(column).isMissing(row), where);
                assertEquals(expected.column(column).get(row), actual.column(column).get(row), where);
            }
        }
    }
}
