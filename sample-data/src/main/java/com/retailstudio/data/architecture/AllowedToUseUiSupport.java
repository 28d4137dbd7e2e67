package com.retailstudio.data.architecture;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class outside the {@code ui} packages that may use ui-support (JavaFX code shared by the section views): the
 * command that starts the desktop application and hands the dialog service on to the window it opens. Model, engine
 * and io code must run headless; an exemption says why this class is the place where the two meet.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedToUseUiSupport {

    /** Why this class may use ui-support, in a sentence. */
    String value();
}
