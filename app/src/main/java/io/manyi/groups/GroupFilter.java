package io.manyi.groups;

/**
 * The group list's filters and page: class (A/B/C), city, responsible manager (username), page from 0.
 * Blank filters mean any.
 */
public record GroupFilter(String groupClass, String city, String manager, int page) {

    public static final int PAGE_SIZE = 50;

    public GroupFilter {
        groupClass = blankToNull(groupClass);
        city = blankToNull(city);
        manager = blankToNull(manager);
        page = Math.max(0, page);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
