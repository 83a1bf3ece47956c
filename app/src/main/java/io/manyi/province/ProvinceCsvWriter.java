package io.manyi.province;

import io.manyi.intake.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a generated province as the operator's exports: one {@code <kind>.csv} per
 * {@link Kind}, with the kind's columns as header, and the churn truth under {@code truth/},
 * where the product never looks. Every row goes straight to its file; nothing is held back.
 */
public final class ProvinceCsvWriter implements ProvinceSink, AutoCloseable {

    public static final String TRUTH_DIR = "truth";
    public static final String CHURN_TRUTH = "churn.csv";
    public static final String HAZARD_TRUTH = "hazard.csv";
    static final List<String> CHURN_COLUMNS = List.of("msisdn", "churn_month", "cancelled_on", "cause", "intent_months");
    static final List<String> HAZARD_COLUMNS = List.of("msisdn", "month", "hazard");

    private final Map<Kind, CsvFile> files = new EnumMap<>(Kind.class);
    private final CsvFile churn;
    private final CsvFile hazard;

    private ProvinceCsvWriter(Path outDir) throws IOException {
        Files.createDirectories(outDir.resolve(TRUTH_DIR));
        try {
            for (Kind kind : Kind.values()) {
                files.put(kind, new CsvFile(outDir.resolve(kind.fileName()), kind.columns()));
            }
            churn = new CsvFile(outDir.resolve(TRUTH_DIR).resolve(CHURN_TRUTH), CHURN_COLUMNS);
            hazard = new CsvFile(outDir.resolve(TRUTH_DIR).resolve(HAZARD_TRUTH), HAZARD_COLUMNS);
        } catch (IOException | RuntimeException e) {
            closeAll();
            throw e;
        }
    }

    /** Generates the province of {@code spec} into {@code outDir}; returns the rows written per kind. */
    public static Map<Kind, Long> write(ProvinceSpec spec, Path outDir) throws IOException {
        return write(spec, outDir, ProvinceGenerator.Progress.NONE);
    }

    public static Map<Kind, Long> write(ProvinceSpec spec, Path outDir, ProvinceGenerator.Progress progress)
            throws IOException {
        try (ProvinceCsvWriter writer = new ProvinceCsvWriter(outDir)) {
            try {
                new ProvinceGenerator(spec).generate(writer, progress);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return writer.counts();
        }
    }

    Map<Kind, Long> counts() {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        files.forEach((kind, file) -> counts.put(kind, file.rows()));
        return counts;
    }

    @Override
    public void plan(Rows.Plan r) {
        end(files.get(Kind.PLANS).text(r.planCode()).text(r.planName()).text(r.brand()).money(r.monthlyFeeFen())
                .integer(r.voiceMinutes()).integer(r.dataMb()).integer(r.sms()).text(r.category()));
    }

    @Override
    public void staff(Rows.Staff r) {
        end(files.get(Kind.STAFF).text(r.username()).text(r.displayName()).text(r.role()).text(r.city()).text(r.team())
                .integer(r.dailyCapacity()));
    }

    @Override
    public void group(Rows.Group r) {
        end(files.get(Kind.GROUPS).text(r.groupId()).text(r.name()).character(r.groupClass()).text(r.city())
                .text(r.industry()).text(r.accountManager()).date(r.contractEnd()));
    }

    @Override
    public void subscriber(Rows.Subscriber r) {
        end(files.get(Kind.SUBSCRIBERS).text(r.msisdn()).text(r.name()).text(r.idNumber()).character(r.gender())
                .date(r.birthDate()).text(r.city()).text(r.district()).text(r.brand()).text(r.planCode())
                .date(r.activatedOn()).text(r.status()).text(r.numberType()).date(r.contractEnd()).date(r.cancelledOn()));
    }

    @Override
    public void assignment(Rows.Assignment r) {
        end(files.get(Kind.ASSIGNMENTS).text(r.msisdn()).text(r.role()).text(r.username()).date(r.since()));
    }

    @Override
    public void groupMember(Rows.GroupMember r) {
        end(files.get(Kind.GROUP_MEMBERS).text(r.groupId()).text(r.msisdn()).date(r.joinedOn()).date(r.leftOn()));
    }

    @Override
    public void usage(Rows.Usage r) {
        end(files.get(Kind.USAGE).text(r.msisdn()).month(r.month()).money(r.spendFen()).integer(r.localMinutes())
                .integer(r.longDistanceMinutes()).integer(r.roamingMinutes()).integer(r.sms()).integer(r.dataMb())
                .money(r.vasSpendFen()).integer(r.competitorCalls()).integer(r.competitorForwards())
                .integer(r.distinctContacts()).integer(r.competitorContacts()));
    }

    @Override
    public void payment(Rows.Payment r) {
        end(files.get(Kind.PAYMENTS).text(r.msisdn()).month(r.month()).money(r.billedFen()).money(r.paidFen())
                .date(r.paidOn()).money(r.arrearsFen()).integer(r.daysOverdue()));
    }

    @Override
    public void vasSubscription(Rows.VasSubscription r) {
        end(files.get(Kind.VAS_SUBSCRIPTIONS).text(r.msisdn()).text(r.serviceCode()).text(r.serviceName())
                .text(r.channel()).timestamp(r.subscribedAt()).bool(r.confirmed()).timestamp(r.cancelledAt())
                .money(r.monthlyFeeFen()));
    }

    @Override
    public void complaint(Rows.Complaint r) {
        end(files.get(Kind.COMPLAINTS).text(r.complaintId()).text(r.msisdn()).text(r.channel()).text(r.category())
                .text(r.severity()).timestamp(r.openedAt()).timestamp(r.closedAt()).text(r.description()));
    }

    @Override
    public void churn(Rows.Churn r) {
        end(churn.text(r.msisdn()).month(r.churnMonth()).date(r.cancelledOn()).text(r.cause())
                .integer(r.intentMonths()));
    }

    @Override
    public void hazard(Rows.Hazard r) {
        end(hazard.text(r.msisdn()).month(r.month()).probability(r.hazard()));
    }

    @Override
    public void close() throws IOException {
        closeAll();
    }

    private void closeAll() throws IOException {
        IOException failure = null;
        for (CsvFile file : files.values()) {
            failure = closeQuietly(file, failure);
        }
        failure = closeQuietly(churn, failure);
        failure = closeQuietly(hazard, failure);
        if (failure != null) {
            throw failure;
        }
    }

    private static IOException closeQuietly(CsvFile file, IOException failure) {
        if (file == null) {
            return failure;
        }
        try {
            file.close();
        } catch (IOException e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
        }
        return failure;
    }

    private static void end(CsvFile file) {
        try {
            file.endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
