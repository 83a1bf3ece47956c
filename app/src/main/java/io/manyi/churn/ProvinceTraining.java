package io.manyi.churn;

import io.manyi.churn.internal.ChurnFactsCursor;
import io.manyi.churn.internal.ChurnModels;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Trains the province model from the database: one streamed pass over every subscriber's facts
 * of all months with data builds the training, validation and test rows of the {@link TimeSplit};
 * the model is evaluated on the test month, beside the oracle when the generator's truth
 * directory is given, and stored as the current model.
 */
@Service
public class ProvinceTraining {

    private final ChurnFactsCursor cursor;
    private final ChurnModels models;
    private final ChurnSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    public ProvinceTraining(ChurnFactsCursor cursor, ChurnModels models, ChurnSettings settings, JdbcClient jdbc,
                            Clock clock) {
        this.cursor = cursor;
        this.models = models;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param truthDir the generator's {@code truth/} directory (holding hazard.csv) for the oracle, or null
     * @throws IllegalArgumentException when there is too little data for the split
     */
    public ProvinceModel train(Path truthDir) {
        List<YearMonth> months = jdbc.sql("select distinct month from usage_monthly order by month").query(Date.class)
                .list().stream().map(d -> YearMonth.from(d.toLocalDate())).toList();
        if (months.isEmpty()) {
            throw new IllegalArgumentException("no usage data: import a province first (./manyi import all DIR)");
        }
        YearMonth first = months.getFirst();
        YearMonth last = months.getLast();
        TrainingSettings training = settings.training();
        TimeSplit split = TimeSplit.of(first, last, training);
        int subscribers = jdbc.sql("select count(*) from subscribers").query(Integer.class).single();
        int window = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        ProvinceDataset data = new ProvinceDataset(split, window, subscribers, training.maxTrainingRows());
        try {
            cursor.stream(first, last, data::add);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the facts failed: " + e.getMessage(), e);
        }
        ToDoubleFunction<String> hazard = truthDir == null ? null : hazards(truthDir, split.test());
        ProvinceModel model = ProvinceModelBuilder.build(data, ProvinceModelBuilder.version(split.test(), clock.instant()),
                hazard);
        models.storeAsCurrent(model.version(), clock.instant(), split.horizon(), split.trainFrom(), split.trainTo(),
                split.validation(), split.validation(), model.featuresJson(), model.metricsJson(), model.reportJson(),
                model.modelFile());
        return model;
    }

    /** The true hazard of each subscriber in {@code month}, from the generator's truth/hazard.csv. */
    static ToDoubleFunction<String> hazards(Path truthDir, YearMonth month) {
        Path file = Files.isDirectory(truthDir.resolve("truth")) ? truthDir.resolve("truth/hazard.csv")
                : truthDir.resolve("hazard.csv");
        String wanted = month.toString();
        Map<String, Double> byMsisdn = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine(); // header: msisdn,month,hazard
            while ((line = in.readLine()) != null) {
                int a = line.indexOf(',');
                int b = line.indexOf(',', a + 1);
                if (a > 0 && b > a && line.regionMatches(a + 1, wanted, 0, wanted.length()) && b - a - 1 == wanted.length()) {
                    byMsisdn.put(line.substring(0, a), Double.parseDouble(line.substring(b + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read: " + e.getMessage(), e);
        }
        return msisdn -> byMsisdn.getOrDefault(msisdn, Double.NaN);
    }
}
