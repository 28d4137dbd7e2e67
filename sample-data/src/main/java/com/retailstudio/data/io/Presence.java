package com.retailstudio.data.io;

/** Whether a contract column must hold a value. */
public enum Presence {
    /** Never empty. */
    REQUIRED,
    /** May be empty. */
    OPTIONAL,
    /** Required or forbidden depending on other columns of the row (e.g. a zone's category); checked as a row rule. */
    CONDITIONAL
}
