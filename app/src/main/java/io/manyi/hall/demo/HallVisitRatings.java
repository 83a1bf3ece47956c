package io.manyi.hall.demo;

import io.manyi.satisfaction.SyntheticSurveys;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo visits' SMS ratings, as the survey feature would have sent them: 30% of finished visits
 * of a known subscriber (the HALL_VISIT sample rate), six in ten answered, scores that depend on
 * the clerk (some serve better) and on the wait (long waits rate lower); and for each low score
 * (6 or less) the callback, worked by the subscriber's phone manager: mostly reached with the cause
 * recorded, some not reached, the last two days' still open. Written with the same dedup keys as
 * the live path, so a second run adds nothing and a live visit never collides. The survey feature
 * writes them ({@link SyntheticSurveys}); the rows' SELECTs are the demo's.
 */
@Component
public class HallVisitRatings {

    private final SyntheticSurveys synthetic;
    private final Clock clock;

    public HallVisitRatings(SyntheticSurveys synthetic, Clock clock) {
        this.synthetic = synthetic;
        this.clock = clock;
    }

    /** Returns the number of surveys and callbacks added. */
    @Transactional
    public int rate() {
        Timestamp now = Timestamp.from(clock.instant());
        int surveys = synthetic.surveys("""
                select msisdn, 'HALL_VISIT', null::bigint, null::bigint, hall_id, clerk, '',
                       case when h % 10 < 6 and finished_at + interval '40 minutes' < :now then 'ANSWERED'
                            when finished_at < cast(:now as timestamptz) - interval '7 days' then 'EXPIRED' else 'SENT' end,
                       finished_at + interval '5 minutes',
                       case when h % 10 < 6 and finished_at + interval '40 minutes' < :now then finished_at + interval '40 minutes' end,
                       case when h % 10 < 6 and finished_at + interval '40 minutes' < :now then
                           greatest(1, least(10, 6 + abs(hashtext(clerk)) % 4 + (h / 10) % 3
                                                 - case when wait > 15 then 2 when wait > 8 then 1 else 0 end)) end,
                       null, 'survey:HALL_VISIT:visit:' || id
                from (select v.*, abs(hashtext('rating' || v.id)) as h,
                             extract(epoch from v.called_at - v.arrived_at) / 60 as wait
                      from hall_visits v
                      where v.finished_at is not null and v.finished_at < :now and v.msisdn is not null and v.clerk is not null
                        and abs(hashtext('sample' || v.id)) % 10 < 3) sampled
                """, Map.of("now", now));
        int callbacks = synthetic.callbacks("""
                select 'LOW_SURVEY_SCORE', s.msisdn, null::bigint, s.id, case when old then 'DONE' else 'OPEN' end,
                       s.answered_at + interval '24 hours', s.answered_at,
                       case when old then s.answered_at + interval '5 hours' end,
                       case when old then coalesce(a.username, 'supervisor') end,
                       case when old then case when h % 10 < 8 then 'REACHED' else 'NOT_REACHED' end end,
                       case when old and h % 10 < 8 then (array['SERVICE_FITS_NEED','EASY_TO_USE','FEES_UNDERSTOOD',
                                                              'SUBSCRIPTION_CONFIRMED','OTHER'])[1 + h % 5] end,
                       'low-survey:' || s.id
                from (select s.*, abs(hashtext('callback' || s.id)) as h,
                             s.answered_at < cast(:now as timestamptz) - interval '2 days' as old
                      from survey_records s where s.touchpoint = 'HALL_VISIT' and s.score <= 6) s
                left join assignments a on a.msisdn = s.msisdn and a.role = 'PHONE_MANAGER'
                """, Map.of("now", now));
        return surveys + callbacks;
    }
}
