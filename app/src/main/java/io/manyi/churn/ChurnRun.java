package io.manyi.churn;

import io.manyi.churn.internal.ChurnFactsCursor;
import io.manyi.churn.internal.ChurnModels;
import io.manyi.churn.internal.ScoreCopy;
import io.manyi.churn.internal.WarningRows;
import io.manyi.churn.model.GradientBoostedModel;
import io.manyi.platform.outbox.Outbox;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly scoring run: every subscriber active at the end of the month gets a churn_scores
 * row from the current model (probability, composite, health, value, top-3 reasons in both
 * languages), the warning rules fire into churn_warnings with a {@code ChurnWarningFired} event
 * each, and churn_runs marks the month done. One transaction: a re-run replaces the month's
 * scores atomically, and a warning already fired (same month, subscriber, rule) is neither
 * stored nor published again.
 */
@Service
public class ChurnRun {

    /** Months of facts before the scored month that the features read (6-month trends, star change). */
    static final int HISTORY_MONTHS = 8;

    private final ChurnFactsCursor cursor;
    private final ChurnModels models;
    private final ChurnSettings settings;
    private final WarningRows warningRows;
    private final Outbox outbox;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ChurnRun(ChurnFactsCursor cursor, ChurnModels models, ChurnSettings settings, WarningRows warningRows,
                    Outbox outbox, DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager,
                    Clock clock) {
        this.cursor = cursor;
        this.models = models;
        this.settings = settings;
        this.warningRows = warningRows;
        this.outbox = outbox;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The months with usage data, oldest first. */
    public List<YearMonth> dataMonths() {
        return jdbc.sql("select distinct month from usage_monthly order by month").query(Date.class).list().stream()
                .map(d -> YearMonth.from(d.toLocalDate())).toList();
    }

    /** Whether a current model can score (else only the warning rules run: {@link #warnWithoutModel}). */
    public boolean hasModel() {
        return jdbc.sql("select exists (select 1 from churn_models where is_current)").query(Boolean.class).single();
    }

    /**
     * @throws ChurnRunRefused when no model is current or the month has no data
     */
    public ChurnRunResult run(YearMonth month) {
        ChurnModels.Stored stored = models.current().orElseThrow(() -> new ChurnRunRefused(
                "no churn model yet: train one first (./manyi churn train-province)"));
        if (!dataMonths().contains(month)) {
            throw new ChurnRunRefused("no usage data for " + month + ": import it first");
        }
        try (GradientBoostedModel model = ProvinceModelBuilder.load(stored.model())) {
            return transactions.execute(status -> {
                jdbc.sql("select pg_advisory_xact_lock(hashtext('manyi.churn.run'))").query(Object.class).single();
                try {
                    return score(month, stored, model);
                } catch (SQLException e) {
                    throw new IllegalStateException("churn scoring of " + month + " failed: " + e.getMessage(), e);
                }
            });
        }
    }

    /**
     * Without a model (the monthly cycle before the first training): the warning rules alone, which
     * need none. No scores and no churn_runs marker are written (the month is not scored); warnings
     * and their events as in {@link #run}, so a warning fired here is not fired again by a later
     * scoring run of the month.
     */
    public ChurnRunResult warnWithoutModel(YearMonth month) {
        if (!dataMonths().contains(month)) {
            throw new ChurnRunRefused("no usage data for " + month + ": import it first");
        }
        return transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('manyi.churn.run'))").query(Object.class).single();
            long started = System.nanoTime();
            WarningRules rules = settings.warningRules();
            List<WarningRows.Row> warnings = new ArrayList<>();
            long[] active = {0};
            try {
                cursor.stream(month.minusMonths(HISTORY_MONTHS), month, facts -> {
                    if (facts.activeAtEnd(HISTORY_MONTHS)) {
                        active[0]++;
                        for (Warning w : Warnings.of(facts, HISTORY_MONTHS, rules)) {
                            warnings.add(new WarningRows.Row(facts.msisdn, w.rule().code(), w.detailEn(), w.detailZh()));
                        }
                    }
                });
            } catch (SQLException e) {
                throw new IllegalStateException("churn warnings of " + month + " failed: " + e.getMessage(), e);
            }
            long fired = publish(month, warnings);
            return new ChurnRunResult(month, null, active[0], fired, warnings.size(), (System.nanoTime() - started) / 1e9);
        });
    }

    /** Stores the warnings not fired before and publishes an event for each; returns how many were new. */
    private long publish(YearMonth month, List<WarningRows.Row> warnings) {
        List<WarningRows.Row> fired = warningRows.insertNew(month, warnings, clock.instant());
        List<ChurnWarningFired> events = new ArrayList<>(fired.size());
        for (WarningRows.Row w : fired) {
            events.add(new ChurnWarningFired(w.msisdn(), month, w.rule(), w.detailEn(), w.detailZh()));
        }
        outbox.publishAll(events);
        return fired.size();
    }

    private ChurnRunResult score(YearMonth month, ChurnModels.Stored stored, GradientBoostedModel model)
            throws SQLException {
        long started = System.nanoTime();
        Date monthDate = Date.valueOf(month.atDay(1));
        jdbc.sql("delete from churn_runs where month = ?").param(monthDate).update();
        jdbc.sql("delete from churn_scores where month = ?").param(monthDate).update();
        YearMonth first = month.minusMonths(HISTORY_MONTHS);
        int t = HISTORY_MONTHS;
        List<WarningRows.Row> warnings = new ArrayList<>();
        // Read before the COPY starts: the connection can run nothing else while it is open.
        GroupRates rates = ProvinceModelBuilder.groupRates(stored.reportJson());
        CompositeWeights weights = settings.compositeWeights();
        WarningRules rules = settings.warningRules();
        Connection con = DataSourceUtils.getConnection(dataSource);
        long subscribers;
        try (ScoreCopy copy = new ScoreCopy(con, month, stored.version())) {
            MonthScorer scorer = new MonthScorer(model, HISTORY_MONTHS + 1, rates, weights, rules,
                    new MonthScorer.Sink() {
                @Override
                public void score(String msisdn, double probability, int composite, HealthScores h, long valueFen,
                                  String[] en, String[] zh, int reasons) throws SQLException {
                    copy.write(msisdn, probability, composite, h.tariff(), h.services(), h.experience(), h.circle(),
                            valueFen, en, zh, reasons);
                }

                @Override
                public void warning(String msisdn, Warning w) {
                    warnings.add(new WarningRows.Row(msisdn, w.rule().code(), w.detailEn(), w.detailZh()));
                }
            });
            cursor.stream(first, month, facts -> scorer.add(facts, t));
            scorer.flush();
            copy.finish();
            subscribers = scorer.scored();
        }
        long fired = publish(month, warnings);
        double seconds = (System.nanoTime() - started) / 1e9;
        jdbc.sql("""
                        insert into churn_runs (month, model_version, subscribers, warnings, seconds, finished_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(monthDate, stored.version(), subscribers, warnings.size(),
                        java.math.BigDecimal.valueOf(seconds).setScale(2, java.math.RoundingMode.HALF_UP),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        return new ChurnRunResult(month, stored.version(), subscribers, fired, warnings.size(), seconds);
    }
}
