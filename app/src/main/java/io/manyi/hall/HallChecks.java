package io.manyi.hall;

import io.manyi.hall.internal.HallQueries;
import io.manyi.hall.internal.HallRecords;
import io.manyi.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Mystery-shopper scores and daily compliance checks, per hall and (when one is named) clerk. The
 * staff assessment reads them per clerk and month (docs/halls.md).
 */
@Service
public class HallChecks {

    public static final Set<String> KINDS = Set.of("MYSTERY_SHOPPER", "COMPLIANCE");

    private final HallRecords records;
    private final HallQueries queries;
    private final HallAccess access;
    private final Clock clock;

    public HallChecks(HallRecords records, HallQueries queries, HallAccess access, Clock clock) {
        this.records = records;
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException unknown kind, a score outside 0..max, a clerk of another hall, a future day
     */
    public long record(CurrentUser user, String hallId, String clerk, LocalDate day, String kind, BigDecimal score,
                       BigDecimal maxScore, String note) {
        access.mayRecordChecks(user);
        access.readable(user, hallId);
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be MYSTERY_SHOPPER or COMPLIANCE");
        }
        if (score == null || maxScore == null || maxScore.signum() <= 0 || score.signum() < 0 || score.compareTo(maxScore) > 0) {
            throw new IllegalArgumentException("score must be between 0 and maxScore (> 0)");
        }
        if (day == null || day.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("day must be today or before");
        }
        if (clerk != null && !clerk.isBlank()
                && queries.staffMember(clerk).map(s -> !s.hallId().equals(hallId)).orElse(true)) {
            throw new IllegalArgumentException(clerk + " is not on the staff of " + hallId);
        }
        return records.insertCheck(hallId, clerk == null || clerk.isBlank() ? null : clerk, day, kind, score, maxScore,
                note, user.username(), clock.instant());
    }

    public List<HallCheck> ofMonth(CurrentUser reader, String hallId, YearMonth month) {
        access.readable(reader, hallId);
        return records.checks(hallId, month.atDay(1), month.atEndOfMonth());
    }
}
