package io.manyi.subscriber;

import java.util.Locale;

/**
 * What to look for: a phone number (whole, its first digits or its last digits) or the start
 * of a name, optionally only among one manager's subscribers.
 */
public record SubscriberSearch(String q, String manager, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    public SubscriberSearch {
        q = q == null || q.isBlank() ? null : q.strip();
        manager = manager == null || manager.isBlank() ? null : manager.strip().toLowerCase(Locale.ROOT);
        limit = Math.clamp(limit, 1, MAX_LIMIT);
    }

    public static SubscriberSearch of(String q, String manager, Integer limit) {
        return new SubscriberSearch(q, manager, limit == null ? DEFAULT_LIMIT : limit);
    }

    /**
     * The digits of {@code q} when it is a phone number as people write it ({@code 138 1234 5678},
     * {@code 138-1234-5678}, {@code +86 13812345678}), else null.
     */
    public String digits() {
        if (q == null) {
            return null;
        }
        String compact = q.replaceAll("[\\s\\-()]", "");
        if (compact.startsWith("+86")) {
            compact = compact.substring(3);
        }
        if (!compact.matches("\\d{1,11}") && !compact.matches("86\\d{11}")) {
            return null;
        }
        return compact.length() == 13 ? compact.substring(2) : compact;
    }

    public boolean isFullNumber() {
        String digits = digits();
        return digits != null && digits.length() == 11;
    }
}
