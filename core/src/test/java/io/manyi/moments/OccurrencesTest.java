package io.manyi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OccurrencesTest {

    @Test
    void aCallbackIsKeyedByItsTicketOrSurvey() {
        assertThat(Occurrences.ofTicket(42)).isEqualTo("T:42");
        assertThat(Occurrences.ofSurvey(7)).isEqualTo("S:7");
        assertThat(Occurrences.Kind.TICKET.of(42)).isEqualTo(Occurrences.ofTicket(42));
    }

    @Test
    void theEventsMomentsUseThem() {
        assertThat(EventMoments.complaintCallback(42, "计费争议").occurrence()).isEqualTo(Occurrences.ofTicket(42));
        assertThat(EventMoments.surveyCallback(7, 2, "HALL").occurrence()).isEqualTo(Occurrences.ofSurvey(7));
    }
}
