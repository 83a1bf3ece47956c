package io.manyi.platform.web;

/**
 * Why a value was refused, in words a caller understands (never a Java type): the API's
 * {@code detail} uses {@link #english}; pages look the reason up as {@code input.<key>} in the
 * messages, with the same arguments.
 */
public enum InputReason {
    REQUIRED("required", "is required"),
    WHOLE_NUMBER("whole-number", "must be a whole number"),
    NUMBER("number", "must be a number"),
    BOOLEAN("boolean", "must be true or false"),
    TEXT("text", "must be text"),
    CONTROL("control", "must not contain control characters such as NUL"),
    DATE("date", "must be a date YYYY-MM-DD"),
    MONTH("month", "must be a month YYYY-MM"),
    TIME("time", "must be a date and time, e.g. 2026-11-22T10:05:00+08:00"),
    MSISDN("msisdn", "must be a mobile number of 11 digits"),
    LIST("list", "must be a JSON list"),
    OBJECT("object", "must be a JSON object"),
    JSON("json", "must be JSON"),
    RANGE("range", "must be between {0} and {1}"),
    TOO_BIG("too-big", "is out of range"),
    TOO_LONG("too-long", "must be at most {0} characters"),
    ONE_OF("one-of", "must be one of {0}"),
    FILE("file", "must be a file sent as multipart/form-data"),
    INVALID("invalid", "is not valid: {0}");

    private final String key;
    private final String english;

    InputReason(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The message key pages use. */
    public String messageKey() {
        return "input." + key;
    }

    /** The English text with its arguments filled in ({@code {0}}, {@code {1}}). */
    public String english(Object... args) {
        String text = english;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
