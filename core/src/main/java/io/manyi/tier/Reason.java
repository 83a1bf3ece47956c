package io.manyi.tier;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * One reason of an assessment as data: a code, the points it contributed and the arguments of its
 * sentence, so that it is stored once and rendered in the reader's language.
 */
public record Reason(ReasonCode code, int points, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(ReasonCode code, int points, Object... args) {
        return new Reason(code, points, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The sentence in Chinese for {@code zh}, in English for any other language. */
    public String render(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        String sentence = new MessageFormat(code.pattern(chinese).replace("'", "''"), Locale.ROOT).format(args.toArray());
        if (!code.scoring()) {
            return sentence;
        }
        String sign = points > 0 ? "+" + points : String.valueOf(points);
        return sentence + (chinese ? "：" : ": ") + sign;
    }
}
