package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetFingerprintTest {

    @TempDir
    Path temp;

    @Test
    void aSingleFileHashesItsNameLengthAndContent() throws Exception {
        Path file = Files.writeString(temp.resolve("sales.csv"), "week,units\n1,5\n");

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("sales.csv\u000015\u0000week,units\n1,5\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, DataSetFingerprint.of(file));
    }

    @Test
    void theSameFilesInTwoFoldersGiveTheSameFingerprint() throws Exception {
        Path first = writeDataSet(temp.resolve("first"), "1,5\n");
        Path second = writeDataSet(temp.resolve("second"), "1,5\n");

        assertEquals(DataSetFingerprint.of(first), DataSetFingerprint.of(second));
    }

    @Test
    void changingOneByteChangesTheFingerprint() throws Exception {
        Path first = writeDataSet(temp.resolve("first"), "1,5\n");
        Path second = writeDataSet(temp.resolve("second"), "1,6\n");

        assertNotEquals(DataSetFingerprint.of(first), DataSetFingerprint.of(second));
    }

    @Test
    void renamingAFileChangesTheFingerprint() throws Exception {
        Path folder = writeDataSet(temp.resolve("first"), "1,5\n");
        String before = DataSetFingerprint.of(folder);

        Files.move(folder.resolve("sales/weekly.csv"), folder.resolve("sales/weekly-old.csv"));

        assertNotEquals(before, DataSetFingerprint.of(folder));
    }

    @Test
    void aMissingSourceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DataSetFingerprint.of(temp.resolve("missing")));
    }

    private static Path writeDataSet(Path folder, String sales) throws Exception {
        Files.createDirectories(folder.resolve("sales"));
        Files.writeString(folder.resolve("customers.csv"), "id\n1\n");
        Files.writeString(folder.resolve("sales/weekly.csv"), sales);
        return folder;
    }
}
