package com.retailstudio.data.architecture;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose dependencies on other packages are left out of the no-package-cycles rule: an entry point that
 * wires everything together, or a deliberate way back from a lower package to one built on it. Says why, and is a
 * debt to pay by moving the class, not a place to add more.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedInPackageCycle {

    /** Why this class may point back against the packages' arrows, in a sentence. */
    String value();
}
