package com.retailstudio.data.io;

/** How much a data problem matters: errors make a data set unusable, warnings only deserve a look. */
public enum Severity {
    ERROR,
    WARNING
}
