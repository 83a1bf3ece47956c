package io.manyi.simulation.internal;

import io.manyi.intake.Kind;
import io.manyi.province.Rows;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes a simulated month as the operator's exports (the intake's {@link Kind} files, same header
 * and column order as the generator's) and its truth files. Small: one month of one province.
 */
public final class MonthFiles {

    public static final List<String> CHURN_COLUMNS = List.of("msisdn", "churn_month", "cancelled_on", "cause", "intent_months");
    public static final List<String> HAZARD_COLUMNS = List.of("msisdn", "month", "hazard");
    public static final List<String> EFFECT_COLUMNS = List.of("msisdn", "month", "outcome", "hazard_without", "hazard_with");

    /** One truth row of effects.csv: the outcomes recorded this month ("OUTCOME/ACTION;..." or empty). */
    public record EffectRow(String msisdn, java.time.YearMonth month, String outcomes, double hazardWithout,
                            double hazardWith) {
    }

    private MonthFiles() {
    }

    public static void usage(Path file, List<Rows.Usage> rows) throws IOException {
        write(file, Kind.USAGE.columns(), rows.stream().map(r -> String.join(",", r.msisdn(), r.month().toString(),
                money(r.spendFen()), i(r.localMinutes()), i(r.longDistanceMinutes()), i(r.roamingMinutes()), i(r.sms()),
                i(r.dataMb()), money(r.vasSpendFen()), i(r.competitorCalls()), i(r.competitorForwards()),
                i(r.distinctContacts()), i(r.competitorContacts()))).toList());
    }

    public static void payments(Path file, List<Rows.Payment> rows) throws IOException {
        write(file, Kind.PAYMENTS.columns(), rows.stream().map(r -> String.join(",", r.msisdn(), r.month().toString(),
                money(r.billedFen()), money(r.paidFen()), date(r.paidOn()), money(r.arrearsFen()), i(r.daysOverdue())))
                .toList());
    }

    public static void subscribers(Path file, List<Rows.Subscriber> rows) throws IOException {
        write(file, Kind.SUBSCRIBERS.columns(), rows.stream().map(r -> String.join(",", r.msisdn(), quote(r.name()),
                r.idNumber(), String.valueOf(r.gender()), date(r.birthDate()), quote(r.city()), quote(r.district()),
                r.brand(), r.planCode(), date(r.activatedOn()), r.status(), r.numberType(), date(r.contractEnd()),
                date(r.cancelledOn()))).toList());
    }

    public static void churn(Path file, List<Rows.Churn> rows) throws IOException {
        write(file, CHURN_COLUMNS, rows.stream().map(r -> String.join(",", r.msisdn(), r.churnMonth().toString(),
                date(r.cancelledOn()), r.cause(), i(r.intentMonths()))).toList());
    }

    public static void hazards(Path file, List<Rows.Hazard> rows) throws IOException {
        write(file, HAZARD_COLUMNS, rows.stream().map(r -> String.join(",", r.msisdn(), r.month().toString(),
                probability(r.hazard()))).toList());
    }

    public static void effects(Path file, List<EffectRow> rows) throws IOException {
        write(file, EFFECT_COLUMNS, rows.stream().map(r -> String.join(",", r.msisdn(), r.month().toString(),
                r.outcomes(), probability(r.hazardWithout()), probability(r.hazardWith()))).toList());
    }

    static String probability(double p) {
        return String.format(Locale.ROOT, "%.6f", p);
    }

    private static void write(Path file, List<String> header, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", header));
            out.write('\n');
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    private static String money(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        return sign + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }

    private static String i(int value) {
        return Integer.toString(value);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        return text.indexOf(',') < 0 && text.indexOf('"') < 0 ? text : '"' + text.replace("\"", "\"\"") + '"';
    }
}
