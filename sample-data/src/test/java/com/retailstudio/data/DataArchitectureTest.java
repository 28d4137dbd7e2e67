package com.retailstudio.data;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.retailstudio.testsupport.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The module's layering: plain-data model, I/O on top of it, quality on top of I/O, and no UI toolkit anywhere. */
@Tag("slow") // ArchUnit imports the module's classes: a build check, run by verify
class DataArchitectureTest {

    private static JavaClasses dataClasses;

    @BeforeAll
    static void importClasses() {
        dataClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.retailstudio.data");
    }

    @Test
    void noDataClassUsesAUserInterfaceToolkit() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .allowEmptyShould(true)
                .check(dataClasses);
    }

    @Test
    void modelDependsOnlyOnTheJavaPlatformAndItself() {
        classes().that().resideInAPackage("com.retailstudio.data.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.retailstudio.data.model..")
                .check(dataClasses);
    }

    @Test
    void ioDoesNotDependOnTheQualityReport() {
        noClasses().that().resideInAPackage("com.retailstudio.data.io..")
                .should().dependOnClassesThat().resideInAPackage("com.retailstudio.data.quality..")
                .check(dataClasses);
    }

    @Test
    void onlyBenchmarkMainsWriteToStandardStreams() {
        ArchitectureRules.ONLY_EXEMPT_CLASSES_WRITE_TO_STANDARD_STREAMS.check(dataClasses);
    }

    @Test
    void packagesHaveNoCycles() {
        ArchitectureRules.PACKAGES_HAVE_NO_CYCLES.check(dataClasses);
    }
}
