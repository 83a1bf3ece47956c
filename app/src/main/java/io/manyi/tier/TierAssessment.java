package io.manyi.tier;

import io.manyi.loyalty.PointsCycle;
import io.manyi.platform.outbox.Outbox;
import io.manyi.platform.outbox.SmsMessage;
import io.manyi.tier.internal.AssessmentCopy;
import io.manyi.tier.internal.FactsCursor;
import io.manyi.tier.internal.TierRuns;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly star assessment of every subscriber: one ordered cursor over a year of facts, the
 * rules of core, one COPY of the results, then the VIP reviews set-based (value segments are a
 * view over the month's cut-offs), and an SMS and a {@code StarLevelChanged} event per change -
 * all in one transaction per month. A month is
 * therefore assessed wholly or not at all: after a crash it is run again from the start, and a
 * month already assessed is left as it is (nothing is written or sent twice).
 */
@Service
public class TierAssessment {

    static final String SMS_TEMPLATE = "tier.star-changed";
    private static final int PROGRESS_EVERY = 50_000;

    private final FactsCursor cursor;
    private final TierRuns runs;
    private final TierSettings settings;
    private final Outbox outbox;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public TierAssessment(FactsCursor cursor, TierRuns runs, TierSettings settings, Outbox outbox, DataSource dataSource,
                          PlatformTransactionManager transactionManager, Clock clock) {
        this.cursor = cursor;
        this.runs = runs;
        this.settings = settings;
        this.outbox = outbox;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public TierRunResult run(YearMonth month) {
        return run(month, n -> { });
    }

    /** Every month with usage data, in order; months already assessed are skipped. */
    public List<TierRunResult> runAll() {
        return runAll(n -> { }, r -> { });
    }

    /**
     * A catch-up: every month with usage data not yet assessed, in order. Only the latest month of
     * the data notifies its level changes; the months before it are history, assessed quietly (their
     * changes are kept in the assessments, but nobody gets an SMS or a {@code StarLevelChanged}
     * event about a month long gone). This is what go-live with a year of imported data, and the
     * demo, want: no storm of messages about levels that were never announced.
     */
    public List<TierRunResult> runAll(LongConsumer progress, java.util.function.Consumer<TierRunResult> each) {
        List<TierRunResult> results = new ArrayList<>();
        Optional<YearMonth> latest = runs.latest();
        List<YearMonth> months = runs.dataMonths();
        for (YearMonth month : months) {
            if (latest.isPresent() && month.isBefore(latest.get())) {
                continue; // assessed, or before the assessed history began: months run in order only
            }
            TierRunResult result = run(month, progress, month.equals(months.getLast()));
            each.accept(result);
            results.add(result);
        }
        return results;
    }

    /** Assesses {@code month} and notifies its level changes. */
    public TierRunResult run(YearMonth month, LongConsumer progress) {
        return run(month, progress, true);
    }

    /**
     * Assesses {@code month}; {@code progress} hears the count of subscribers done now and then.
     * With {@code notify} false the month's level changes are recorded but no SMS and no event
     * goes out (a quiet month: history, or a first month an operator wants to establish silently).
     *
     * @throws TierRunRefused when a later month is already assessed (months are assessed in order)
     */
    public TierRunResult run(YearMonth month, LongConsumer progress, boolean notify) {
        return transactions.execute(status -> {
            runs.lock();
            if (runs.done(month)) {
                return new TierRunResult(month, true, 0, 0, 0, 0, 0, false);
            }
            runs.latest().filter(latest -> latest.isAfter(month)).ifPresent(latest -> {
                throw new TierRunRefused(month + " comes before " + latest + ", which is already assessed: "
                        + "months are assessed in order");
            });
            try {
                return assess(month, progress, notify);
            } catch (SQLException e) {
                throw new IllegalStateException("Star assessment of " + month + " failed: " + e.getMessage(), e);
            }
        });
    }

    private TierRunResult assess(YearMonth month, LongConsumer progress, boolean notify) throws SQLException {
        long started = System.nanoTime();
        StarRules rules = settings.starRules();
        Privileges privileges = settings.privileges();
        VipRules vipRules = settings.vipRules();
        SegmentRules segmentRules = settings.segmentRules();
        StarAssessor assessor = new StarAssessor(rules);
        YearMonth previousMonth = runs.latestBefore(month).orElse(null);
        List<StarAssessment> changes = new ArrayList<>();
        long[][] arpu = {new long[1 << 16]};
        int[] count = {0};

        Connection con = DataSourceUtils.getConnection(dataSource);
        long subscribers;
        try (AssessmentCopy copy = new AssessmentCopy(con)) {
            subscribers = cursor.stream(month, previousMonth, PointsCycle.of(month).year(), row -> {
                StarAssessment a = assessor.assess(row.facts(), month, row.previous());
                copy.write(a, VipDecision.due(row.facts(), month, row.vipReviewed(), vipRules));
                if (a.changed()) {
                    changes.add(a);
                }
                if (count[0] == arpu[0].length) {
                    arpu[0] = java.util.Arrays.copyOf(arpu[0], count[0] * 2);
                }
                arpu[0][count[0]++] = a.averageSpendFen();
                if (count[0] % PROGRESS_EVERY == 0) {
                    progress.accept(count[0]);
                }
            });
            copy.finish();
        }
        progress.accept(subscribers);
        if (subscribers == 0) {
            throw new TierRunRefused("Nobody is on the network in " + month + ": import the data first");
        }
        runs.recordVipReviews(month);
        runs.refreshStatistics();
        if (notify) {
            notify(month, changes, privileges);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        runs.finish(month, subscribers, segmentRules.cutoffs(arpu[0], count[0]), changes.size(), notify, seconds,
                clock.instant());
        long upgrades = changes.stream().filter(a -> a.stars() > a.previousStars()).count();
        return new TierRunResult(month, false, subscribers, changes.size(), upgrades, changes.size() - upgrades, seconds,
                notify);
    }

    /** An SMS and an event per change of level; their dedup keys name the month, so a re-run sends nothing twice. */
    private void notify(YearMonth month, List<StarAssessment> changes, Privileges privileges) {
        List<SmsMessage> messages = new ArrayList<>(changes.size());
        List<StarLevelChanged> events = new ArrayList<>(changes.size());
        for (StarAssessment a : changes) {
            StarNotice notice = StarNotice.of(a.previousStars(), a.stars(), privileges.of(a.stars()));
            String key = "star-change:" + month + ":" + a.msisdn();
            messages.add(new SmsMessage(a.msisdn(), SMS_TEMPLATE, notice.zh(), notice.en(), key));
            events.add(new StarLevelChanged(a.msisdn(), month, a.previousStars(), a.stars(), a.score(), reasons(a)));
        }
        outbox.sendAll(messages);
        outbox.publishAll(events);
    }

    /** {@code ["TENURE:+20", ...]}: codes and points, language-free. */
    private static List<String> reasons(StarAssessment a) {
        return a.reasons().stream()
                .map(r -> r.code() + (r.code().scoring() ? ":" + (r.points() > 0 ? "+" : "") + r.points() : ""))
                .toList();
    }
}
