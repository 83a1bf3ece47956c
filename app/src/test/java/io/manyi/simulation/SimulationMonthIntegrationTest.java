package io.manyi.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.manyi.intake.ImportOptions;
import io.manyi.intake.ImportResult;
import io.manyi.intake.ImportService;
import io.manyi.moments.ActionKind;
import io.manyi.moments.Cycle;
import io.manyi.moments.MomentCatalog;
import io.manyi.moments.MomentDetection;
import io.manyi.moments.MomentDispatch;
import io.manyi.moments.MomentType;
import io.manyi.province.ProvinceCsvWriter;
import io.manyi.province.ProvinceSpec;
import io.manyi.simulation.internal.TruthFiles;
import io.manyi.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One month of the closed loop on a small province: the simulated staff record outcomes through the
 * product's tasks (deterministically), the province advances a month under their effects, the
 * counts add up, the truth files are written, and running the month again changes nothing.
 */
@IntegrationTest
class SimulationMonthIntegrationTest {

    static final long SEED = 77;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService intake;
    @Autowired
    MomentDetection detection;
    @Autowired
    MomentDispatch dispatch;
    @Autowired
    MomentCatalog catalog;
    @Autowired
    SimulatedStaff staff;
    @Autowired
    ProvinceForward forward;

    @TempDir
    Path province;

    @Test
    void staffWorkTheMonthAndTheProvinceAdvancesOnceWithItsTruth() throws IOException {
        SmallProvince.emptyDatabase(jdbc);
        YearMonth month = YearMonth.of(2026, 7);
        ProvinceCsvWriter.write(new ProvinceSpec(2_000, month.minusMonths(1), 4, SEED), province);
        assertThat(intake.importAll(province, ImportOptions.by("test"), r -> { }))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(ImportResult.Status.IMPORTED));
        detection.detect(month.atDay(1), EnumSet.of(Cycle.MONTHLY, Cycle.WEEKLY, Cycle.DAILY));
        dispatch.dispatch(month.atDay(1));
        List<Long> open = jdbc.sql("select id from tasks where status = 'ASSIGNED' order by id").query(Long.class).list();
        assertThat(open).hasSizeGreaterThan(20);

        // The staff: every held task of the month closed, each with the outcome the seed says, through Tasks.
        StaffCalls calls = new StaffCalls(CallOdds.standard(), SEED);
        SimulatedStaff.Result worked = staff.workMonth(month, calls, n -> { });
        assertThat(worked.tasks()).isEqualTo(open.size());
        Map<String, ActionKind> actions = catalog.types().stream().collect(Collectors.toMap(MomentType::code, MomentType::actionKind));
        jdbc.sql("select id, type, outcome, status from tasks where id in (:ids)").param("ids", open).query((rs, n) -> {
            assertThat(rs.getString("status")).isIn("DONE", "FAILED");
            assertThat(rs.getString("outcome"))
                    .isEqualTo(calls.call(rs.getLong("id"), actions.get(rs.getString("type"))).last().name());
            return null;
        }).list();
        long history = count("select count(*) from task_history");
        assertThat(history).isGreaterThanOrEqualTo(open.size());
        assertThat(staff.workMonth(month, calls, n -> { }).tasks()).as("a closed task is not worked again").isZero();

        // The province's month: everyone still with us gets a row, leavers are cancelled, truth written.
        long activeBefore = count("select count(*) from subscribers where status <> 'CANCELLED'");
        ProvinceForward.Result r = forward.advance(province, month, SEED);
        assertThat(r.computed()).isTrue();
        assertThat(r.subscribers()).isEqualTo((int) activeBefore);
        assertThat(r.leavers()).isPositive();
        assertThat(r.withEffect()).isPositive();
        assertThat(r.meanHazardWith()).isLessThan(r.meanHazardWithout());
        assertThat(count("select count(*) from usage_monthly where month = '" + month.atDay(1) + "'")).isEqualTo(activeBefore);
        assertThat(count("select count(*) from payments where month = '" + month.atDay(1) + "'")).isEqualTo(activeBefore);
        assertThat(count("select count(*) from subscribers where status <> 'CANCELLED'")).isEqualTo(activeBefore - r.leavers());
        assertThat(count("select count(*) from subscribers where cancelled_on >= '" + month.atDay(1) + "'")).isEqualTo(r.leavers());

        Path truth = province.resolve(TruthFiles.DIR);
        assertThat(linesOf(truth.resolve(TruthFiles.EFFECTS), month)).hasSize(r.subscribers());
        assertThat(linesOf(truth.resolve(TruthFiles.HAZARD), month)).hasSize(r.subscribers());
        assertThat(linesOf(truth.resolve(TruthFiles.CHURN), month)).hasSize(r.leavers());
        long accepted = linesOf(truth.resolve(TruthFiles.EFFECTS), month).stream().filter(l -> l.contains("REACHED_ACCEPTED"))
                .peek(l -> {
                    String[] f = l.split(",");
                    assertThat(Double.parseDouble(f[4])).isLessThan(Double.parseDouble(f[3]));
                }).count();
        assertThat(accepted).isEqualTo(count("select count(*) from tasks where outcome = 'REACHED_ACCEPTED'"));

        // Again: nothing computed, imported or appended twice.
        long truthLines = Files.readAllLines(truth.resolve(TruthFiles.EFFECTS)).size();
        ProvinceForward.Result again = forward.advance(province, month, SEED);
        assertThat(again.computed()).isFalse();
        assertThat(again.imports()).allSatisfy(i -> assertThat(i.status()).isEqualTo(ImportResult.Status.ALREADY_IMPORTED));
        assertThat(Files.readAllLines(truth.resolve(TruthFiles.EFFECTS))).hasSize((int) truthLines);
        assertThat(count("select count(*) from subscribers where status <> 'CANCELLED'")).isEqualTo(activeBefore - r.leavers());

        // A month the simulation did not write is refused rather than overwritten.
        Files.walk(ProvinceForward.monthDir(province, month)).sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());
        assertThatThrownBy(() -> forward.advance(province, month, SEED)).isInstanceOf(SimulationRefused.class);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static List<String> linesOf(Path file, YearMonth month) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.split(",")[1].equals(month.toString())).toList();
    }
}
