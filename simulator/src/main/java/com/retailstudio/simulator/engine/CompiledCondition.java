package com.retailstudio.simulator.engine;

/** A condition compiled once into a predicate over {@link ConditionInputs}. */
@FunctionalInterface
interface CompiledCondition {
    CompiledCondition ALWAYS = in -> true;

    boolean test(ConditionInputs in);
}
