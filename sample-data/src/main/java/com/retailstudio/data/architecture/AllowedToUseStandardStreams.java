package com.retailstudio.data.architecture;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that may write to {@code System.out} or {@code System.err}: the command line, which owns the terminal,
 * and measurement mains that print their figures. Everything else reports through return values or a logger; the
 * architecture rule in test-support ({@code ArchitectureRules}) checks it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedToUseStandardStreams {

    /** Why this class may print, in a sentence. */
    String value();
}
