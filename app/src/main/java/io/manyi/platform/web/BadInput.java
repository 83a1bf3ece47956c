package io.manyi.platform.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A request value refused before any rule ran: which field (a parameter, a path variable or a
 * body field such as {@code items[0].points}), why, and what was given, cut short. Answered 400
 * everywhere: a problem body for the API (also when thrown inside an idempotent write, being a
 * {@link RuleRefusal}), an error page in the reader's language for pages.
 */
public class BadInput extends RuleRefusal {

    /** Longest piece of a given value echoed back: an oversized value must not come back whole. */
    static final int ECHO = 40;

    private final String field;
    private final InputReason reason;
    private final transient Object[] args;
    private final String given;

    public BadInput(String field, InputReason reason, String given, Object... args) {
        super(400, "bad-input", text(field, reason, given, args));
        this.field = field;
        this.reason = reason;
        this.args = args.clone();
        this.given = given == null ? null : echo(given);
    }

    public static BadInput required(String field) {
        return new BadInput(field, InputReason.REQUIRED, null);
    }

    public static BadInput oneOf(String field, String given, Collection<?> allowed) {
        return new BadInput(field, InputReason.ONE_OF, given,
                allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    public static BadInput range(String field, String given, Object min, Object max) {
        return new BadInput(field, InputReason.RANGE, given, min, max);
    }

    public static BadInput tooLong(String field, int max) {
        return new BadInput(field, InputReason.TOO_LONG, null, max);
    }

    public String field() {
        return field;
    }

    public InputReason reason() {
        return reason;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The given value as echoed (cut to {@value #ECHO} characters), or null. */
    public String given() {
        return given;
    }

    private static String text(String field, InputReason reason, String given, Object[] args) {
        String text = field + ": " + reason.english(Arrays.stream(args).map(a -> echoLong(String.valueOf(a))).toArray());
        return given == null ? text : text + ", got '" + echo(given) + "'";
    }

    /** A value fit to be shown: control characters out, at most {@value #ECHO} characters. */
    public static String echo(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= ECHO ? clean : clean.substring(0, ECHO) + "…";
    }

    /** Allowed values may be a longer list; still bounded. */
    private static String echoLong(String value) {
        return value.length() <= 400 ? value : value.substring(0, 400) + "…";
    }
}
