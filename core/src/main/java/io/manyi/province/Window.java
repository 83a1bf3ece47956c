package io.manyi.province;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** The months of the generated window, with what the hot loop needs about each precomputed once. */
final class Window {

    /** One month: its dates as epoch days, its place in the seasons. */
    record Month(int index, YearMonth month, long firstEpochDay, long lastEpochDay, int days,
                 double springFestival, double summer, double nationalDay, double dataGrowth) {

        LocalDate day(int dayOfMonth) {
            return LocalDate.ofEpochDay(firstEpochDay + dayOfMonth - 1);
        }

        LocalDateTime at(int dayOfMonth, int minuteOfDay) {
            return day(dayOfMonth).atStartOfDay().plusMinutes(minuteOfDay);
        }
    }

    final Month[] months;
    final LocalDate asOf;

    Window(ProvinceSpec spec) {
        months = new Month[spec.months()];
        YearMonth first = spec.firstMonth();
        for (int i = 0; i < months.length; i++) {
            YearMonth ym = first.plusMonths(i);
            int moy = ym.getMonthValue();
            months[i] = new Month(i, ym, ym.atDay(1).toEpochDay(), ym.atEndOfMonth().toEpochDay(), ym.lengthOfMonth(),
                    SpringFestival.intensity(ym), moy == 7 || moy == 8 ? 1 : 0, moy == 10 ? 1 : 0,
                    Math.pow(1.015, i));
        }
        asOf = spec.asOf();
    }

    int size() {
        return months.length;
    }

    Month get(int index) {
        return months[index];
    }

    /** The window month a date falls in, or -1 when it is before the window. */
    int indexOf(LocalDate date) {
        long day = date.toEpochDay();
        if (day < months[0].firstEpochDay()) {
            return -1;
        }
        for (Month month : months) {
            if (day <= month.lastEpochDay()) {
                return month.index();
            }
        }
        return months.length;
    }
}
