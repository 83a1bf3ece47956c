package io.manyi.tier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The privileges of every star level: the operator's setting {@code tier.privileges}. */
public record Privileges(List<LevelPrivileges> levels) {

    public static final String SETTING = "tier.privileges";

    public Privileges {
        levels = List.copyOf(levels);
    }

    public static Privileges defaults() {
        return new Privileges(List.of(
                LevelPrivileges.none(0),
                LevelPrivileges.none(1),
                new LevelPrivileges(2, BigDecimal.ZERO, 1, false, false, false, 0, 0),
                new LevelPrivileges(3, new BigDecimal("50"), 3, true, false, true, 0, 1),
                new LevelPrivileges(4, new BigDecimal("100"), 5, true, true, true, 2, 2),
                new LevelPrivileges(5, new BigDecimal("200"), 7, true, true, true, 6, 3)));
    }

    /** The privileges of {@code stars}; a level the operator left out has none. */
    public LevelPrivileges of(int stars) {
        return levels.stream().filter(l -> l.stars() == stars).findFirst().orElse(LevelPrivileges.none(stars));
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (LevelPrivileges level : levels) {
            if (level.stars() < 0 || level.stars() > StarRules.MAX_STARS || !seen.add(level.stars())) {
                problems.add("each level 0-5 at most once");
            }
            if (level.creditLineYuan() == null || level.creditLineYuan().signum() < 0
                    || level.delayedSuspensionDays() < 0 || level.airportLoungeVisitsPerYear() < 0
                    || level.freeNumberChangesPerYear() < 0) {
                problems.add("level " + level.stars() + ": amounts and counts must not be negative");
            }
        }
        return problems;
    }
}
