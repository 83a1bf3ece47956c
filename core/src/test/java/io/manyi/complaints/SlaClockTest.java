package io.manyi.complaints;

import static io.manyi.complaints.BusinessCalendarTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    final BusinessCalendar office = BusinessCalendar.officeHours(BusinessCalendarTest.SHANGHAI);

    @Test
    void withoutPausesTheDueTimeIsTheCalendarSum() {
        assertThat(SlaClock.reaching(office, at("2026-11-23T10:00"), Duration.ofHours(8), List.of()))
                .contains(at("2026-11-23T18:00"));
    }

    @Test
    void aClosedPauseMovesTheDueTimeByTheBusinessTimeItTook() {
        // 2 business hours waiting for the customer on Monday: due moves from Tue 09:00 to Tue 11:00
        List<SlaClock.Pause> pauses = List.of(new SlaClock.Pause(at("2026-11-23T12:00"), at("2026-11-23T14:00")));
        assertThat(SlaClock.reaching(office, at("2026-11-23T10:00"), Duration.ofHours(8), pauses))
                .contains(at("2026-11-24T11:00"));
        assertThat(SlaClock.elapsed(office, at("2026-11-23T10:00"), pauses, at("2026-11-23T15:00")))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void anOpenPauseStopsTheClock() {
        List<SlaClock.Pause> waiting = List.of(new SlaClock.Pause(at("2026-11-23T12:00"), null));
        assertThat(SlaClock.reaching(office, at("2026-11-23T10:00"), Duration.ofHours(8), waiting)).isEmpty();
        assertThat(SlaClock.elapsed(office, at("2026-11-23T10:00"), waiting, at("2026-11-25T12:00")))
                .isEqualTo(Duration.ofHours(2));
        // a warning point already passed before the pause is still known
        assertThat(SlaClock.reaching(office, at("2026-11-23T10:00"), Duration.ofHours(1), waiting))
                .contains(at("2026-11-23T11:00"));
    }

    @Test
    void pausesOverNightsCountOnlyTheirBusinessPart() {
        // waiting from Friday 17:00 to Monday 10:00 takes 2 business hours out
        List<SlaClock.Pause> pauses = List.of(new SlaClock.Pause(at("2026-11-27T17:00"), at("2026-11-30T10:00")));
        assertThat(SlaClock.reaching(office, at("2026-11-27T09:00"), Duration.ofHours(9), pauses))
                .contains(at("2026-11-30T11:00"));
    }

    @Test
    void warningShareIsRoundedToTheMinute() {
        assertThat(SlaClock.share(Duration.ofHours(24), 0.8)).isEqualTo(Duration.ofMinutes(1152));
    }
}
