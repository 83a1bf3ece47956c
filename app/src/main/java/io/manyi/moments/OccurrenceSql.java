package io.manyi.moments;

/**
 * The {@link Occurrences} of callbacks as SQL expressions, for a query that matches a moment to
 * its cause: {@code ofTicket("c.ticket_id")} is {@code ('T:' || c.ticket_id)}, the occurrence
 * {@link Occurrences#ofTicket} gives for that ticket ({@code CallbackOccurrencesIntegrationTest}).
 */
public final class OccurrenceSql {

    private OccurrenceSql() {
    }

    /** @param ticketIdSql a SQL expression of a ticket id (bigint), e.g. a column */
    public static String ofTicket(String ticketIdSql) {
        return of(Occurrences.Kind.TICKET, ticketIdSql);
    }

    /** @param surveyIdSql a SQL expression of a survey id (bigint), e.g. a column */
    public static String ofSurvey(String surveyIdSql) {
        return of(Occurrences.Kind.SURVEY, surveyIdSql);
    }

    static String of(Occurrences.Kind kind, String idSql) {
        return "('" + kind.prefix() + "' || " + idSql + ")";
    }
}
