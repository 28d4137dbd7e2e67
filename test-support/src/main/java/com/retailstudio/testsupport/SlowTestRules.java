package com.retailstudio.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What keeps the fast suite ({@code ./mvnw -B -o test -Pfast}, which leaves out tests tagged "slow") fast: a test
 * class that starts the JavaFX toolkit (TestFX, or {@code Platform.startup}) is tagged slow. Such a class costs
 * seconds of toolkit start, layout and rendering, and one that came in untagged put minutes back into the fast
 * suite. Names are matched as text: test-support's {@code archunit.properties} keeps ArchUnit from reading library
 * classes.
 */
public final class SlowTestRules {

    /** The tag the fast profile leaves out ({@code excludedGroups} in the root pom). */
    public static final String SLOW = "slow";

    private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory", "org.junit.jupiter.api.TestTemplate", "net.jqwik.api.Property",
            "net.jqwik.api.Example");
    private static final Set<String> TAG_ANNOTATIONS = Set.of("org.junit.jupiter.api.Tag", "net.jqwik.api.Tag");
    private static final Set<String> TAGS_ANNOTATIONS = Set.of("org.junit.jupiter.api.Tags", "net.jqwik.api.Tags");

    /** A test class that uses TestFX or starts the JavaFX toolkit is tagged slow. */
    public static final ArchRule TESTS_ON_THE_JAVAFX_TOOLKIT_ARE_TAGGED_SLOW = classes()
            .that(declareTests())
            .and(startTheJavaFxToolkit())
            .should(beTaggedSlow())
            .because("the fast suite leaves out what starts the JavaFX toolkit; ./mvnw -B verify runs it")
            .allowEmptyShould(true);

    private SlowTestRules() {
    }

    /**
     * This module's compiled test classes, read from {@code target/test-classes} (the working folder of a Maven test
     * run is the module's): reading only that folder, not the package across the whole class path, keeps the check
     * under a second.
     */
    public static JavaClasses thisModulesTests() {
        Path folder = Path.of("target", "test-classes");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(folder.toAbsolutePath() + " is not there: run the check from the module");
        }
        return new ClassFileImporter().importPath(folder);
    }

    private static DescribedPredicate<JavaClass> declareTests() {
        return DescribedPredicate.describe("declare test methods", javaClass -> javaClass.getMethods().stream()
                .anyMatch(method -> method.getAnnotations().stream()
                        .anyMatch(a -> TEST_ANNOTATIONS.contains(a.getRawType().getName()))));
    }

    private static DescribedPredicate<JavaClass> startTheJavaFxToolkit() {
        return DescribedPredicate.describe("use TestFX or start the JavaFX toolkit (themselves or a superclass)",
                javaClass -> toolkitStarter(javaClass).isPresent());
    }

    /**
     * The class, or the first of its superclasses, that uses TestFX or starts the toolkit. Only the test class and
     * what it extends count: a helper class of the tests (dialog stand-ins beside screenshot writers) may use TestFX
     * in methods a fast test never calls.
     */
    private static Optional<String> toolkitStarter(JavaClass start) {
        for (Optional<JavaClass> c = Optional.of(start); c.isPresent(); c = c.get().getRawSuperclass()) {
            JavaClass javaClass = c.get();
            boolean usesTestFx = javaClass.getDirectDependenciesFromSelf().stream()
                    .anyMatch(dependency -> dependency.getTargetClass().getName().startsWith("org.testfx."));
            if (usesTestFx || startsToolkitItself(javaClass)) {
                return Optional.of(javaClass.getName());
            }
        }
        return Optional.empty();
    }

    private static boolean startsToolkitItself(JavaClass javaClass) {
        for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
            String owner = call.getTargetOwner().getName();
            if (owner.equals("javafx.application.Platform") && call.getName().equals("startup")) {
                return true;
            }
        }
        return javaClass.getConstructorCallsFromSelf().stream()
                .anyMatch(call -> call.getTargetOwner().getName().equals("javafx.embed.swing.JFXPanel"));
    }

    private static ArchCondition<JavaClass> beTaggedSlow() {
        return new ArchCondition<>("be tagged @Tag(\"" + SLOW + "\") (or be nested in a class that is)") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean tagged = taggedSlow(javaClass);
                String message = javaClass.getName() + (tagged ? " is" : " is not") + " tagged slow, and it "
                        + "starts the JavaFX toolkit (through " + toolkitStarter(javaClass).orElse("?") + ")";
                events.add(new SimpleConditionEvent(javaClass, tagged, message));
            }
        };
    }

    private static boolean taggedSlow(JavaClass javaClass) {
        for (Optional<JavaClass> c = Optional.of(javaClass); c.isPresent(); c = c.get().getEnclosingClass()) {
            for (JavaAnnotation<JavaClass> annotation : c.get().getAnnotations()) {
                if (isSlowTag(annotation)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSlowTag(JavaAnnotation<?> annotation) {
        String type = annotation.getRawType().getName();
        Optional<Object> value = annotation.get("value");
        if (TAG_ANNOTATIONS.contains(type)) {
            return value.map(SLOW::equals).orElse(false);
        }
        if (TAGS_ANNOTATIONS.contains(type) && value.isPresent() && value.get() instanceof Object[] tags) {
            for (Object tag : tags) {
                if (tag instanceof JavaAnnotation<?> inner && isSlowTag(inner)) {
                    return true;
                }
            }
        }
        return false;
    }
}
