package com.retailstudio.testsupport;

import org.junit.jupiter.api.Test;

/**
 * Extended by one empty test class in each module with TestFX tests, so that the module's own fast suite fails when
 * a test class that starts the JavaFX toolkit comes in without {@code @Tag("slow")} ({@link SlowTestRules}).
 */
public abstract class SlowTagCheck {

    @Test
    void testsThatStartTheJavaFxToolkitAreTaggedSlow() {
        SlowTestRules.TESTS_ON_THE_JAVAFX_TOOLKIT_ARE_TAGGED_SLOW.check(SlowTestRules.thisModulesTests());
    }
}
