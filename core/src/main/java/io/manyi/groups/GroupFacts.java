package io.manyi.groups;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What the group-level moment rules know of one group customer on the day of detection.
 *
 * @param spendFen     the members' total spend per month (members of the group during that month), in fen
 * @param departures   members who left last month (the month before the day of detection)
 * @param contractEnd  the end of the group's contract, null when it has none
 */
public record GroupFacts(String groupId, String name, LocalDate contractEnd, Map<YearMonth, Long> spendFen,
                         List<Departure> departures) {

    /** A member who left: the network (the number was cancelled) or only the group. */
    public record Departure(String msisdn, LocalDate on, boolean leftNetwork) {
    }

    public GroupFacts {
        spendFen = spendFen == null ? Map.of() : Map.copyOf(spendFen);
        departures = departures == null ? List.of() : List.copyOf(departures);
    }

    public long spendFen(YearMonth month) {
        return spendFen.getOrDefault(month, 0L);
    }
}
