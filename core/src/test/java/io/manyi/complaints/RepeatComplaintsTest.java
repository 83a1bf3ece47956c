package io.manyi.complaints;

import static io.manyi.complaints.BusinessCalendarTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatComplaintsTest {

    static final Duration THIRTY_DAYS = Duration.ofDays(30);

    @Test
    void sameCategoryWithinTheWindowIsARepeatOfTheLatest() {
        List<RepeatComplaints.Earlier> earlier = List.of(
                new RepeatComplaints.Earlier(1, "BILLING_ERROR", at("2026-10-01T10:00")),
                new RepeatComplaints.Earlier(2, "BILLING_ERROR", at("2026-10-20T10:00")),
                new RepeatComplaints.Earlier(3, "NETWORK_SLOW", at("2026-10-25T10:00")));
        assertThat(RepeatComplaints.repeats(earlier, "BILLING_ERROR", at("2026-10-28T10:00"), THIRTY_DAYS))
                .map(RepeatComplaints.Earlier::ticketId).contains(2L);
    }

    @Test
    void anotherCategoryOrOutsideTheWindowIsNot() {
        List<RepeatComplaints.Earlier> earlier = List.of(
                new RepeatComplaints.Earlier(1, "BILLING_ERROR", at("2026-09-01T10:00")),
                new RepeatComplaints.Earlier(3, "NETWORK_SLOW", at("2026-10-25T10:00")));
        assertThat(RepeatComplaints.repeats(earlier, "BILLING_ERROR", at("2026-10-28T10:00"), THIRTY_DAYS)).isEmpty();
        assertThat(RepeatComplaints.repeats(earlier, "BILLING_ERROR", at("2026-10-01T10:00"), THIRTY_DAYS)).isPresent();
        assertThat(RepeatComplaints.repeats(earlier, "BILLING_ERROR", at("2026-10-01T10:01"), THIRTY_DAYS)).isEmpty();
    }
}
