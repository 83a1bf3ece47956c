package io.manyi.province;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * When the Spring Festival (春节) falls. Around it hundreds of millions travel home: in
 * Guangdong, full of migrants, roaming jumps and local calls fall, and texts of greeting pile up.
 * The travel month is the month of New Year's Day; when that day is early in its month, the
 * month before carries part of the rush, and late in the month, the month after.
 */
final class SpringFestival {

    private static final Map<Integer, LocalDate> NEW_YEAR = Map.ofEntries(
            Map.entry(2010, LocalDate.of(2010, 2, 14)), Map.entry(2011, LocalDate.of(2011, 2, 3)),
            Map.entry(2012, LocalDate.of(2012, 1, 23)), Map.entry(2013, LocalDate.of(2013, 2, 10)),
            Map.entry(2014, LocalDate.of(2014, 1, 31)), Map.entry(2015, LocalDate.of(2015, 2, 19)),
            Map.entry(2016, LocalDate.of(2016, 2, 8)), Map.entry(2017, LocalDate.of(2017, 1, 28)),
            Map.entry(2018, LocalDate.of(2018, 2, 16)), Map.entry(2019, LocalDate.of(2019, 2, 5)),
            Map.entry(2020, LocalDate.of(2020, 1, 25)), Map.entry(2021, LocalDate.of(2021, 2, 12)),
            Map.entry(2022, LocalDate.of(2022, 2, 1)), Map.entry(2023, LocalDate.of(2023, 1, 22)),
            Map.entry(2024, LocalDate.of(2024, 2, 10)), Map.entry(2025, LocalDate.of(2025, 1, 29)),
            Map.entry(2026, LocalDate.of(2026, 2, 17)), Map.entry(2027, LocalDate.of(2027, 2, 6)),
            Map.entry(2028, LocalDate.of(2028, 1, 26)), Map.entry(2029, LocalDate.of(2029, 2, 13)),
            Map.entry(2030, LocalDate.of(2030, 2, 3)), Map.entry(2031, LocalDate.of(2031, 1, 23)),
            Map.entry(2032, LocalDate.of(2032, 2, 11)), Map.entry(2033, LocalDate.of(2033, 1, 31)),
            Map.entry(2034, LocalDate.of(2034, 2, 19)), Map.entry(2035, LocalDate.of(2035, 2, 8)));

    private SpringFestival() {
    }

    /** New Year's Day of the lunar calendar in that Gregorian year (mid-February outside the table). */
    static LocalDate newYear(int year) {
        return NEW_YEAR.getOrDefault(year, LocalDate.of(year, 2, 10));
    }

    /** How much of the festival's travel falls in this month: 1 in its month, 0.4 next to it, else 0. */
    static double intensity(YearMonth month) {
        // The festival falls between 21 January and 20 February, so its neighbours share its year.
        LocalDate day = newYear(month.getYear());
        YearMonth festival = YearMonth.from(day);
        if (month.equals(festival)) {
            return 1.0;
        }
        boolean rushBefore = month.equals(festival.minusMonths(1)) && day.getDayOfMonth() <= 10;
        boolean returnAfter = month.equals(festival.plusMonths(1)) && day.getDayOfMonth() >= 20;
        return rushBefore || returnAfter ? 0.4 : 0;
    }
}
