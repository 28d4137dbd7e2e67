package com.retailstudio.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.testsupport.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The shape agreed in shared/DESIGN.md: domain code stays free of JavaFX, and module arrows point one way. */
@Tag("slow") // ArchUnit imports every module's classes: a build check, run by verify
class ArchitectureTest {

    private static final String DATA = "com.retailstudio.data..";
    private static final String DESIGNER = "com.retailstudio.designer..";
    private static final String SIMULATOR = "com.retailstudio.simulator..";
    private static final String MARKDOWN = "com.retailstudio.markdown..";
    private static final String LAYOUT = "com.retailstudio.layout..";
    private static final String APP = "com.retailstudio.app..";
    private static final String UI_SUPPORT = "com.retailstudio.ui..";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureRules.DO_NOT_INCLUDE_TEST_SUPPORT)
                // The other modules reach app as jars in a reactor build; only our own packages are imported.
                .importPackages("com.retailstudio");
    }

    @Test
    void importsEveryModule() {
        // Guards the other rules against passing on an empty import.
        assertTrue(classes.containPackage("com.retailstudio.app.ui.shell"));
        for (String oneClassPerModule : List.of("com.retailstudio.data.generate.BundledSample",
                "com.retailstudio.ui.task.TaskExecutor", "com.retailstudio.designer.model.Journey",
                "com.retailstudio.simulator.ui.SimulationView", "com.retailstudio.markdown.ui.MarkdownView",
                "com.retailstudio.layout.ui.StoreLayoutView")) {
            assertTrue(classes.contain(oneClassPerModule), oneClassPerModule);
        }
    }

    @Test
    void domainCodeNeverImportsJavaFx() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp.ikonli..", "org.testfx..")
                .because("model, engine and io code must run headless, on the command line and in tests");
        rule.check(classes);
    }

    @Test
    void sampleDataDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage(DATA)
                .should().dependOnClassesThat().resideInAnyPackage(DESIGNER, SIMULATOR, MARKDOWN, LAYOUT, APP,
                        UI_SUPPORT)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void uiSupportDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage(UI_SUPPORT)
                .should().dependOnClassesThat().resideInAnyPackage(DATA, DESIGNER, SIMULATOR, MARKDOWN, LAYOUT, APP)
                .because("ui-support holds only what the sections' views share (the task runner, the chart view), "
                        + "no domain code")
                .check(classes);
    }

    @Test
    void uiSupportIsUsedOnlyFromUiPackages() {
        ArchitectureRules.ONLY_UI_PACKAGES_USE_UI_SUPPORT.check(classes);
    }

    @Test
    void designerDependsOnlyOnSampleData() {
        noClasses().that().resideInAPackage(DESIGNER)
                .should().dependOnClassesThat().resideInAnyPackage(SIMULATOR, MARKDOWN, LAYOUT, APP)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void simulatorDependsOnlyOnDesignerAndSampleData() {
        noClasses().that().resideInAPackage(SIMULATOR)
                .should().dependOnClassesThat().resideInAnyPackage(MARKDOWN, LAYOUT, APP)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void markdownPlannerDependsOnlyOnSampleData() {
        noClasses().that().resideInAPackage(MARKDOWN)
                .should().dependOnClassesThat().resideInAnyPackage(DESIGNER, SIMULATOR, LAYOUT, APP)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void layoutViewerDependsOnlyOnSampleData() {
        noClasses().that().resideInAPackage(LAYOUT)
                .should().dependOnClassesThat().resideInAnyPackage(DESIGNER, SIMULATOR, MARKDOWN, APP)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyClassesAllowedToUseStandardStreamsWriteToThem() {
        ArchitectureRules.ONLY_EXEMPT_CLASSES_WRITE_TO_STANDARD_STREAMS.check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        ArchitectureRules.VIEW_MODELS_DO_NOT_TOUCH_THE_SCENE_GRAPH.check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        ArchitectureRules.PACKAGES_HAVE_NO_CYCLES.check(classes);
    }
}
