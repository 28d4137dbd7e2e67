package com.retailstudio.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsFolderTest {

    @TempDir
    Path home;

    @Test
    void choosersOpenInTheDocumentsFolderWhenTheUserHasOne() throws IOException {
        Path documents = Files.createDirectory(home.resolve("Documents"));

        assertEquals(documents, DocumentsFolder.under(home));
    }

    @Test
    void choosersOpenInTheHomeFolderWhenThereIsNoDocumentsFolder() throws IOException {
        Files.writeString(home.resolve("Documents"), "a file, not a folder");

        assertEquals(home, DocumentsFolder.under(home));
    }

    @Test
    void theChoosersStartInTheCurrentUsersDocumentsNotTheWorkingFolder() {
        Path expected = DocumentsFolder.under(Path.of(System.getProperty("user.home")));

        assertEquals(expected.toFile(), DocumentsFolder.fileChooser("Export").getInitialDirectory());
        assertEquals(expected.toFile(), DocumentsFolder.folderChooser("Export").getInitialDirectory());
    }
}
