package com.retailstudio.app.workspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class WorkspaceArchitectureTest {

    private static final JavaClasses WORKSPACE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.retailstudio.app.workspace");

    @Test
    void theWorkspaceStoreUsesNeitherJavaFxNorAwtNorTheUi() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "com.retailstudio.app.ui..")
                .check(WORKSPACE);
    }

    @Test
    void theWorkspaceStoreLogsInsteadOfWritingToStandardStreams() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(WORKSPACE);
    }
}
