package com.retailstudio.markdown.model;

/** Why a rule as typed cannot be applied: the field it concerns and one sentence that names it. */
public record RuleProblem(RuleField field, String message) {
}
