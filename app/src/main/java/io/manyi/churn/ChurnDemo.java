package io.manyi.churn;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's churn step, after star levels and points: trains the province model once (with the
 * oracle from the generator's truth files) and scores the last {@value #SCORED_MONTHS} months
 * (the risk panel's trend); a restart skips what is done.
 */
@Component
public class ChurnDemo {

    public static final int SCORED_MONTHS = 3;

    private final ProvinceTraining training;
    private final ChurnRun run;
    private final JdbcClient jdbc;

    public ChurnDemo(ProvinceTraining training, ChurnRun run, JdbcClient jdbc) {
        this.training = training;
        this.run = run;
        this.jdbc = jdbc;
    }

    public void prepare(Path province, PrintStream out) {
        train(province, out);
        scoreLastMonths(out);
    }

    /** Trains the province model unless one is current (the demo's monthly cycle then scores with it). */
    public void train(Path province, PrintStream out) {
        if (!run.hasModel()) {
            out.println("Training the churn model on the province's history ...");
            ProvinceModel model = training.train(province);
            out.printf("  %s: AUC %.3f on %s (never trained on), oracle AUC %.3f, top-decile lift %.1f%n",
                    model.version(), model.test().auc(), model.split().test(), model.oracleAuc(),
                    model.test().topDecileLift());
        }
    }

    private void scoreLastMonths(PrintStream out) {
        List<YearMonth> months = run.dataMonths();
        List<YearMonth> done = jdbc.sql("select month from churn_runs").query(Date.class).list().stream()
                .map(d -> YearMonth.from(d.toLocalDate())).toList();
        out.println("Scoring churn risk ...");
        for (YearMonth month : months.subList(Math.max(0, months.size() - SCORED_MONTHS), months.size())) {
            if (done.contains(month)) {
                out.printf("  %s  (already done)%n", month);
                continue;
            }
            ChurnRunResult r = run.run(month);
            out.printf("  %s  %,d subscribers scored, %,d warnings%n", month, r.subscribers(), r.warningsSeen());
        }
    }
}
