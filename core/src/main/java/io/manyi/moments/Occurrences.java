package io.manyi.moments;

/**
 * The occurrences of the moments made from an event about a ticket or a survey (the callbacks:
 * {@code T:42} after ticket 42 closed, {@code S:7} after survey 7's low score). Their one
 * definition: {@link EventMoments} builds them here, and the queries that match a moment to its
 * cause (satisfaction's callback records) take the same key in SQL from {@code OccurrenceSql}, which
 * renders these kinds ({@code CallbackOccurrencesIntegrationTest} holds the two forms together).
 */
public final class Occurrences {

    private Occurrences() {
    }

    /** After ticket {@code ticketId} closed (COMPLAINT_CALLBACK). */
    public static String ofTicket(long ticketId) {
        return Kind.TICKET.of(ticketId);
    }

    /** After survey {@code surveyId}'s low score (SURVEY_CALLBACK). */
    public static String ofSurvey(long surveyId) {
        return Kind.SURVEY.of(surveyId);
    }

    /** A kind of occurrence: its prefix, then the id in decimal. */
    public enum Kind {
        TICKET("T:"), SURVEY("S:");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String of(long id) {
            return prefix + id;
        }

        /** The prefix alone: for {@code OccurrenceSql}, which writes the same key as SQL, and nothing else. */
        public String prefix() {
            return prefix;
        }
    }
}
