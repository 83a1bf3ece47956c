package io.manyi.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "In N days" as the reader sees it: counted from today in the operator's zone (the clock's zone,
 * Asia/Shanghai by default), at the moment the text is shown. A day count written into a stored
 * text goes stale the next day (a contract-end warning scored at the end of November said "in 23
 * days" on 7 December too); stored texts name the date, and the count is added where they are shown
 * ({@link #refresh}: "ends on 2026-12-23" and "2026-12-23到期" get one). Texts stored before that
 * keep their old count, which {@link #refresh} recomputes from the date beside it.
 */
public final class RelativeDays {

    // "ends on 2026-12-23", "expire on 2026-12-23" with or without the "(in 23 days)" the churn and
    // group rules used to store; "2026-12-23到期" with or without "（23天后）" / "（还有23天）".
    private static final Pattern EN = Pattern.compile("((?:ends?|expires?|due) on )(\\d{4}-\\d{2}-\\d{2})(?: \\((?:in -?\\d+ days?|today|tomorrow|yesterday|-?\\d+ days? ago)\\))?");
    private static final Pattern ZH = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})到期(?:（(?:-?\\d+天[后前]|还有-?\\d+天|今天)）)?");

    private RelativeDays() {
    }

    /** Days from today (in {@code clock}'s zone) to {@code day}: negative when it has passed. */
    public static long until(LocalDate day, Clock clock) {
        return ChronoUnit.DAYS.between(LocalDate.now(clock), day);
    }

    /** {@link #phrase} of each of {@code days}, by day. */
    public static java.util.Map<LocalDate, String> phrases(java.util.Collection<LocalDate> days, Clock clock, boolean chinese) {
        java.util.Map<LocalDate, String> phrases = new java.util.HashMap<>();
        days.stream().filter(java.util.Objects::nonNull).forEach(d -> phrases.put(d, phrase(d, clock, chinese)));
        return phrases;
    }

    /** "in 23 days", "today", "3 days ago"; in Chinese "23天后", "今天", "3天前". */
    public static String phrase(LocalDate day, Clock clock, boolean chinese) {
        long days = until(day, clock);
        if (days == 0) {
            return chinese ? "今天" : "today";
        }
        if (chinese) {
            return days > 0 ? days + "天后" : -days + "天前";
        }
        if (days > 0) {
            return days == 1 ? "tomorrow" : "in " + days + " days";
        }
        return days == -1 ? "yesterday" : -days + " days ago";
    }

    /** The text with every stored "(in N days)" beside a date counted again from today. */
    public static String refresh(String text, Clock clock) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher en = EN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (en.find()) {
            LocalDate day = LocalDate.parse(en.group(2));
            en.appendReplacement(out, Matcher.quoteReplacement(en.group(1) + day + " (" + phrase(day, clock, false) + ")"));
        }
        en.appendTail(out);
        Matcher zh = ZH.matcher(out.toString());
        StringBuilder done = new StringBuilder();
        while (zh.find()) {
            LocalDate day = LocalDate.parse(zh.group(1));
            zh.appendReplacement(done, Matcher.quoteReplacement(day + "到期（" + phrase(day, clock, true) + "）"));
        }
        zh.appendTail(done);
        return done.toString();
    }
}
