package com.retailstudio.ui.dialog;

/**
 * A kind of file a chooser offers, e.g. {@code new FileType("Excel workbook (*.xlsx)", "*.xlsx")}.
 *
 * @param description what the user reads in the chooser's type list
 * @param pattern     the file name pattern
 */
public record FileType(String description, String pattern) {
}
