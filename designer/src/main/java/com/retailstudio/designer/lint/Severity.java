package com.retailstudio.designer.lint;

/** How serious a lint finding is: errors block submitting a journey for review, warnings do not. */
public enum Severity { ERROR, WARNING }
