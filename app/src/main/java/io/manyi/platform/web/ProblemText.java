package io.manyi.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem's {@code detail} fit to send: a feature's message may quote what was given ("No hall
 * xxxx…" for a 10,000-character id), so every run of more than 40 characters without a space is
 * cut, and the whole to 500 characters.
 */
public final class ProblemText {

    private static final Pattern LONG_WORD = Pattern.compile("\\S{" + (BadInput.ECHO + 1) + ",}");
    private static final int MAX = 500;

    private ProblemText() {
    }

    public static String cut(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher m = LONG_WORD.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(BadInput.echo(m.group())));
        }
        m.appendTail(out);
        String text = out.toString().replaceAll("\\p{Cntrl}", "?");
        return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
    }
}
