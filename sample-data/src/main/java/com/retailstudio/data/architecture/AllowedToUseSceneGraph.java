package com.retailstudio.data.architecture;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view-model that may use {@code javafx.scene} or {@code javafx.stage} types. View-models hold properties and
 * commands and know nothing of nodes, so they can be tested without a stage; an exemption says why, and is meant to
 * be temporary.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedToUseSceneGraph {

    /** Why this view-model needs the scene graph, in a sentence. */
    String value();
}
