package io.manyi.hotline;

import java.util.ArrayList;
import java.util.List;

/**
 * The hotline's own settings ({@code hotline.rules}); which star level gets the fast lane or a
 * manager is the tier feature's {@code tier.privileges}.
 *
 * @param managerLineNeedsPrivilege true: only levels whose privileges include a dedicated account
 *                                  manager go to their manager's line; false: anyone with an
 *                                  assigned manager does
 * @param openItemsShown            how many open tickets or tasks the answer lists (the count is always whole)
 */
public record HotlineRules(boolean managerLineNeedsPrivilege, int openItemsShown) {

    public static final String SETTING = "hotline.rules";

    public static HotlineRules defaults() {
        return new HotlineRules(true, 5);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (openItemsShown < 0 || openItemsShown > 50) {
            problems.add("openItemsShown must be 0-50");
        }
        return problems;
    }
}
