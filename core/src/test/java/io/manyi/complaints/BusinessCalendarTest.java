package io.manyi.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final BusinessCalendar office = BusinessCalendar.officeHours(SHANGHAI);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void timeWithinOneWorkingDayIsPlainTime() {
        // 2026-11-23 is a Monday
        assertThat(office.between(at("2026-11-23T10:00"), at("2026-11-23T12:30"))).isEqualTo(Duration.ofMinutes(150));
        assertThat(office.plus(at("2026-11-23T10:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-23T12:00"));
    }

    @Test
    void nightsAndWeekendsDoNotCount() {
        // Friday 17:00 + 3 business hours = Monday 11:00
        assertThat(office.plus(at("2026-11-27T17:00"), Duration.ofHours(3))).isEqualTo(at("2026-11-30T11:00"));
        assertThat(office.between(at("2026-11-27T17:00"), at("2026-11-30T11:00"))).isEqualTo(Duration.ofHours(3));
        // opened on Saturday evening: the clock starts Monday at opening time
        assertThat(office.plus(at("2026-11-28T20:00"), Duration.ofMinutes(30))).isEqualTo(at("2026-11-30T09:30"));
    }

    @Test
    void holidaysAreSkipped() {
        BusinessCalendar withHoliday = new BusinessCalendar(office.workdays(), office.opens(), office.closes(),
                List.of(LocalDate.parse("2026-11-30")), SHANGHAI);
        assertThat(withHoliday.plus(at("2026-11-27T17:00"), Duration.ofHours(3))).isEqualTo(at("2026-12-01T11:00"));
    }

    @Test
    void exactlyAtClosingTheNextMinuteIsTomorrow() {
        assertThat(office.plus(at("2026-11-23T09:00"), Duration.ofHours(9))).isEqualTo(at("2026-11-23T18:00"));
        assertThat(office.plus(at("2026-11-23T09:00"), Duration.ofHours(9).plusMinutes(1))).isEqualTo(at("2026-11-24T09:01"));
    }

    @Test
    void plusAndBetweenAgreeOverManyStarts() {
        for (int h = 0; h < 24 * 9; h += 5) {
            Instant start = at("2026-11-20T00:17").plus(Duration.ofHours(h));
            for (long minutes : new long[] {1, 59, 540, 1000, 4321}) {
                Instant end = office.plus(start, Duration.ofMinutes(minutes));
                assertThat(office.between(start, end)).as("from %s + %d min", start, minutes)
                        .isEqualTo(Duration.ofMinutes(minutes));
            }
        }
    }
}
