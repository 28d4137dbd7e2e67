package com.retailstudio.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Optional;

/**
 * The architecture rules every module's tests share. A class is exempt from a rule only through an annotation on the
 * class itself that says why (in sample-data's {@code com.retailstudio.data.architecture}); the annotations are named
 * here, not imported, so that this module depends on none of ours and sample-data's own tests can use it too.
 */
public final class ArchitectureRules {

    /** Marks the command line and the measurement mains, which print. */
    public static final String ALLOWED_TO_USE_STANDARD_STREAMS =
            "com.retailstudio.data.architecture.AllowedToUseStandardStreams";

    /** Marks a class whose dependencies may close a package cycle (an entry point, a documented way back). */
    public static final String ALLOWED_IN_PACKAGE_CYCLE = "com.retailstudio.data.architecture.AllowedInPackageCycle";

    /** Marks a view-model that still needs a scene-graph type. */
    public static final String ALLOWED_TO_USE_SCENE_GRAPH = "com.retailstudio.data.architecture.AllowedToUseSceneGraph";

    /** Marks a class outside the ui packages that hands ui-support's dialog service on (the desktop launcher). */
    public static final String ALLOWED_TO_USE_UI_SUPPORT = "com.retailstudio.data.architecture.AllowedToUseUiSupport";

    /** Only exempt classes print; everything else reports through return values or a logger. */
    public static final ArchRule ONLY_EXEMPT_CLASSES_WRITE_TO_STANDARD_STREAMS = noClasses()
            .that(notExemptBy(ALLOWED_TO_USE_STANDARD_STREAMS))
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the command line owns the terminal and benchmark mains print their figures; everything else "
                    + "reports through return values, so it works the same in the desktop application and in tests");

    /** View-models hold properties and commands, never nodes or windows. */
    public static final ArchRule VIEW_MODELS_DO_NOT_TOUCH_THE_SCENE_GRAPH = noClasses()
            .that().haveNameMatching(".*ViewModel(\\$.*)?")
            .and(notExemptBy(ALLOWED_TO_USE_SCENE_GRAPH))
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a view-model is tested without a stage; the view binds to it and owns every node")
            .allowEmptyShould(true);

    /** ui-support (com.retailstudio.ui) is JavaFX: only ui packages and exempt classes use it. */
    public static final ArchRule ONLY_UI_PACKAGES_USE_UI_SUPPORT = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .and(notExemptBy(ALLOWED_TO_USE_UI_SUPPORT))
            .should().dependOnClassesThat().resideInAPackage("com.retailstudio.ui..")
            .because("ui-support is JavaFX; model, engine and io code must run headless")
            .allowEmptyShould(true);

    /** No two packages of ours depend on each other, directly or around a loop. */
    public static final ArchRule PACKAGES_HAVE_NO_CYCLES = slices().matching("com.retailstudio.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(DescribedPredicate.not(notExemptBy(ALLOWED_IN_PACKAGE_CYCLE)),
                    DescribedPredicate.alwaysTrue())
            .because("a package that can be understood only together with another is one package, or two with a "
                    + "missing third");

    /**
     * Leaves this module's own classes out of an import of {@code com.retailstudio}: they are on every test class
     * path, and are test code (JavaFX, TestFX) that the production rules are not about.
     */
    public static final ImportOption DO_NOT_INCLUDE_TEST_SUPPORT = location -> !location.contains("test-support");

    private ArchitectureRules() {
    }

    /** Neither the class nor a class it is nested in carries the exemption. */
    private static DescribedPredicate<JavaClass> notExemptBy(String annotation) {
        return DescribedPredicate.describe("not annotated (or nested in a class annotated) with @"
                + annotation.substring(annotation.lastIndexOf('.') + 1), javaClass -> !exempt(javaClass, annotation));
    }

    private static boolean exempt(JavaClass javaClass, String annotation) {
        for (Optional<JavaClass> c = Optional.of(javaClass); c.isPresent(); c = c.get().getEnclosingClass()) {
            if (c.get().isAnnotatedWith(annotation)) {
                return true;
            }
        }
        return false;
    }
}
