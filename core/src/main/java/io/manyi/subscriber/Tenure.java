package io.manyi.subscriber;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Tenure (网龄) and age, counted in whole completed months and years up to a given day. */
public final class Tenure {

    private Tenure() {
    }

    /** Whole months from activation to {@code today}; 0 before the first month is complete or for a future date. */
    public static long months(LocalDate activatedOn, LocalDate today) {
        if (activatedOn == null || today.isBefore(activatedOn)) {
            return 0;
        }
        return ChronoUnit.MONTHS.between(activatedOn, today);
    }

    /** Age in completed years on {@code today}, or null when the birth date is unknown. */
    public static Integer age(LocalDate birthDate, LocalDate today) {
        if (birthDate == null || today.isBefore(birthDate)) {
            return null;
        }
        return (int) ChronoUnit.YEARS.between(birthDate, today);
    }
}
