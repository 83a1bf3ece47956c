package io.manyi.hall;

import io.manyi.hall.internal.HallQueries;
import io.manyi.platform.Role;
import io.manyi.platform.security.CurrentUser;
import io.manyi.satisfaction.Surveys;
import io.manyi.subscriber.Masking;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits to a hall: ticket drawn (取号), called to the counter, finished. A finished visit of a
 * known subscriber is a HALL_VISIT touchpoint: the survey feature decides (sample rate, cooldown,
 * dedup) whether an SMS rating goes out, tied to the hall and the clerk who served.
 */
@Service
public class HallVisits {

    /** What a clerk (or the queue system) reports; times are instants, the service a free code. */
    public record VisitForm(String clerk, String msisdn, String ticketNo, String service, Instant arrivedAt,
                            Instant calledAt, Instant finishedAt) {
    }

    public record Recorded(long visitId, String hallId, String clerk, Long surveyId, boolean surveySent) {
    }

    /** A visit as listed: the number masked, wait and service in minutes, the rating if one came. */
    public record Visit(long id, String clerk, String msisdn, String ticketNo, String service, Instant arrivedAt,
                        Instant calledAt, Instant finishedAt, Double waitMinutes, Double serviceMinutes, String surveyStatus,
                        Integer surveyScore) {
    }

    /** On-site satisfaction of one clerk (or the whole hall when {@code clerk} is null) over a month. */
    public record ClerkSatisfaction(String clerk, boolean wholeHall, long visits, Double averageWaitMinutes, Double averageServiceMinutes,
                                    long surveys, long answered, Double averageScore) {
    }

    private final JdbcClient jdbc;
    private final HallAccess access;
    private final HallQueries queries;
    private final Surveys surveys;
    private final Clock clock;

    public HallVisits(JdbcClient jdbc, HallAccess access, HallQueries queries, Surveys surveys, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.queries = queries;
        this.surveys = surveys;
        this.clock = clock;
    }

    /**
     * Records a visit; a finished one with a subscriber number goes to the survey feature as a
     * HALL_VISIT (cause {@code visit:<id>}, so it is surveyed at most once).
     *
     * @throws VisitRefused times out of order or in the future, a clerk not of this hall, a bad number
     */
    @Transactional
    public Recorded record(CurrentUser user, String hallId, VisitForm form) {
        access.closable(user, hallId);
        String clerk = form.clerk() == null || form.clerk().isBlank()
                ? (user.has(Role.HALL_CLERK) ? user.username() : null) : form.clerk().strip();
        if (clerk != null && queries.staffMember(clerk).map(s -> !s.hallId().equals(hallId)).orElse(true)) {
            throw new VisitRefused(clerk + " is not on the staff of " + hallId);
        }
        String msisdn = form.msisdn() == null || form.msisdn().isBlank() ? null : form.msisdn().strip();
        if (msisdn != null && !msisdn.matches("\\d{11}")) {
            throw new VisitRefused("msisdn must be 11 digits");
        }
        if (form.ticketNo() != null && form.ticketNo().length() > 16) {
            throw new VisitRefused("ticketNo has at most 16 characters");
        }
        checkTimes(form);
        String service = form.service() == null || form.service().isBlank() ? "GENERAL" : form.service().strip();
        if (service.length() > 32) {
            throw new VisitRefused("service has at most 32 characters");
        }
        long id = jdbc.sql("""
                        insert into hall_visits (hall_id, clerk, msisdn, ticket_no, service, arrived_at, called_at, finished_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(hallId, clerk, msisdn, form.ticketNo(), service, ts(form.arrivedAt()), ts(form.calledAt()),
                        ts(form.finishedAt()))
                .query(Long.class).single();
        Long surveyId = null;
        if (form.finishedAt() != null && msisdn != null && clerk != null) {
            surveyId = surveys.afterTouchpointWith(msisdn, "HALL_VISIT", Surveys.Origin.hallVisit(hallId, clerk), "visit:" + id)
                    .orElse(null);
        }
        return new Recorded(id, hallId, clerk, surveyId, surveyId != null);
    }

    private void checkTimes(VisitForm form) {
        Instant latest = clock.instant().plus(Duration.ofMinutes(5)); // the queue system's clock may run a little ahead
        if (form.arrivedAt() == null) {
            throw new VisitRefused("arrivedAt is required");
        }
        if (form.arrivedAt().isAfter(latest) || (form.calledAt() != null && form.calledAt().isAfter(latest))
                || (form.finishedAt() != null && form.finishedAt().isAfter(latest))) {
            throw new VisitRefused("a visit's times cannot be in the future");
        }
        if (form.calledAt() != null && form.calledAt().isBefore(form.arrivedAt())) {
            throw new VisitRefused("calledAt is before arrivedAt");
        }
        if (form.finishedAt() != null && (form.calledAt() == null || form.finishedAt().isBefore(form.calledAt()))) {
            throw new VisitRefused("finishedAt needs calledAt, and comes after it");
        }
    }

    /** The day's visits, newest first, each with the rating its survey got (if any). */
    public List<Visit> ofDay(CurrentUser user, String hallId, LocalDate day) {
        access.readable(user, hallId);
        return jdbc.sql("""
                        select v.id, v.clerk, v.msisdn, v.ticket_no, v.service, v.arrived_at, v.called_at, v.finished_at,
                               (extract(epoch from v.called_at - v.arrived_at) / 60)::float8,
                               (extract(epoch from v.finished_at - v.called_at) / 60)::float8, s.status, s.score
                        from hall_visits v
                        left join survey_records s on s.dedup_key = 'survey:HALL_VISIT:visit:' || v.id
                        where v.hall_id = ? and v.arrived_at >= ? and v.arrived_at < ?
                        order by v.arrived_at desc, v.id desc
                        """)
                .params(hallId, ts(start(day)), ts(start(day.plusDays(1))))
                .query((rs, n) -> new Visit(rs.getLong(1), rs.getString(2),
                        rs.getString(3) == null ? null : Masking.msisdn(rs.getString(3)), rs.getString(4), rs.getString(5),
                        instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
                        rs.getObject(9, Double.class), rs.getObject(10, Double.class), rs.getString(11),
                        rs.getObject(12, Integer.class)))
                .list();
    }

    /**
     * Per clerk of the hall (and a last row for the whole hall): the month's visits, their
     * average wait and service, and the HALL_VISIT surveys sent, answered and their average score.
     */
    public List<ClerkSatisfaction> satisfaction(CurrentUser user, String hallId, YearMonth month) {
        access.readable(user, hallId);
        Timestamp from = ts(start(month.atDay(1)));
        Timestamp to = ts(start(month.plusMonths(1).atDay(1)));
        return jdbc.sql("""
                        with v as (
                            select clerk, grouping(clerk) as total, count(*) as visits,
                                   (avg(extract(epoch from called_at - arrived_at)) / 60)::float8 as wait,
                                   (avg(extract(epoch from finished_at - called_at)) / 60)::float8 as service
                            from hall_visits where hall_id = ? and arrived_at >= ? and arrived_at < ?
                            group by rollup (clerk)
                        ), s as (
                            select clerk, grouping(clerk) as total, count(*) as sent, count(score) as answered,
                                   avg(score)::float8 as score
                            from survey_records where touchpoint = 'HALL_VISIT' and hall_id = ? and sent_at >= ? and sent_at < ?
                            group by rollup (clerk)
                        )
                        select v.clerk, v.total = 1, v.visits, v.wait, v.service, coalesce(s.sent, 0), coalesce(s.answered, 0),
                               s.score
                        from v left join s on s.total = v.total and s.clerk is not distinct from v.clerk
                        order by v.total, v.clerk nulls last
                        """)
                .params(hallId, from, to, hallId, from, to)
                .query((rs, n) -> new ClerkSatisfaction(rs.getString(1), rs.getBoolean(2), rs.getLong(3),
                        rs.getObject(4, Double.class), rs.getObject(5, Double.class), rs.getLong(6), rs.getLong(7),
                        rs.getObject(8, Double.class)))
                .list();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
