package io.manyi.moments;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seeds' satisfaction indicators a dissatisfaction cause is recorded against when a callback
 * reaches the customer (业务符合需求, 开通得到确认, 取消方便, 容易使用, 资费清楚, or other).
 */
public enum SatisfactionIndicator {
    SERVICE_FITS_NEED, SUBSCRIPTION_CONFIRMED, EASY_TO_CANCEL, EASY_TO_USE, FEES_UNDERSTOOD, OTHER;

    /** The indicator named by {@code text} (any case, surrounding blanks ignored); empty for anything else. */
    public static Optional<SatisfactionIndicator> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
