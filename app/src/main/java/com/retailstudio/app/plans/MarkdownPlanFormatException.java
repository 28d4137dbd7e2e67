package com.retailstudio.app.plans;

/** A markdown plan document that cannot be read; the message names the JSON pointer of the bad value. */
public final class MarkdownPlanFormatException extends RuntimeException {

    public MarkdownPlanFormatException(String message) {
        super(message);
    }

    public MarkdownPlanFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
