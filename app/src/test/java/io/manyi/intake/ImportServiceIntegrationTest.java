package io.manyi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ImportServiceIntegrationTest {

    static final YearMonth MARCH = YearMonth.of(2025, 3);

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    final ImportOptions options = ImportOptions.by("tester");

    @BeforeEach
    void emptyDatabaseWithSubscribers() {
        TestDatabase.truncateAll(jdbc);
    }

    private void loadProvince(int subscribers) {
        Path province = dir.resolve("province");
        try {
            Files.createDirectories(province);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        SampleProvince.write(province, subscribers, 2, MARCH, 7);
        for (Kind kind : List.of(Kind.PLANS, Kind.STAFF, Kind.SUBSCRIBERS)) {
            ImportResult result = imports.importFile(kind, province.resolve(kind.fileName()), options);
            assertThat(result.status()).as(kind + ": " + result.errors()).isEqualTo(ImportResult.Status.IMPORTED);
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** {@code rows} usage rows over the first subscribers and months ending March; row {@code badRow} (0-based) spends "12,5x". */
    private Path usageFile(String name, int rows, int badRow, YearMonth lastMonth, String spend) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            YearMonth month = lastMonth.minusMonths(r % 2);
            String value = r == badRow ? "\"12,5x\"" : spend;
            lines.add(SampleProvince.usageRow(SampleProvince.msisdn(r / 2), month, value));
        }
        return SampleProvince.writeFile(dir.resolve(name), Kind.USAGE, lines, StandardCharsets.UTF_8);
    }

    @Test
    void importsAWholeProvinceWithTheExactRows() throws IOException {
        Path province = Files.createDirectories(dir.resolve("all"));
        SampleProvince.write(province, 40, 3, MARCH, 1);
        List<ImportResult> seen = new ArrayList<>();

        List<ImportResult> results = imports.importAll(province, options, seen::add);

        assertThat(results).extracting(ImportResult::kind).containsExactly(Kind.values());
        assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.errors().toString()).isEqualTo(ImportResult.Status.IMPORTED));
        assertThat(seen).hasSameSizeAs(results);
        assertThat(count("subscribers")).isEqualTo(40);
        assertThat(count("usage_monthly")).isEqualTo(120);
        assertThat(count("payments")).isEqualTo(120);
        assertThat(count("complaints")).isEqualTo(2);
        Map<String, Object> subscriber = jdbc.sql("select * from subscribers where msisdn = ?")
                .param(Long.toString(SampleProvince.msisdn(0))).query().singleRow();
        assertThat(subscriber.get("name")).isEqualTo(SampleProvince.name(0));
        assertThat(subscriber.get("number_type")).isEqualTo("NORMAL");
        assertThat(jdbc.sql("select min(month)::text from usage_monthly").query(String.class).single()).isEqualTo("2025-01-01");
        assertThat(jdbc.sql("select description from complaints where complaint_id = 'C0'").query(String.class).single())
                .isEqualTo("多扣了5元, 要求退还");
        assertThat(jdbc.sql("select count(*) from imports").query(Long.class).single()).isEqualTo(Kind.values().length);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'IMPORT' and actor = 'tester'")
                .query(Long.class).single()).isEqualTo(Kind.values().length);
    }

    @Test
    void aBadRowAtLine1234RefusesTheWholeFile() throws IOException {
        loadProvince(1000);
        Path usage = usageFile("usage.csv", 2000, 1232, MARCH, "50.00"); // row 1232 is on line 1234
        long usageBefore = count("usage_monthly");
        long importsBefore = count("imports");

        ImportResult result = imports.importFile(Kind.USAGE, usage, options);

        assertThat(result.status()).isEqualTo(ImportResult.Status.REJECTED);
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.errors()).extracting(ImportError::message).containsExactly(
                "usage.csv line 1234, column spend: \"12,5x\" is not an amount in yuan (e.g. 86.50)");
        assertThat(count("usage_monthly")).isEqualTo(usageBefore);
        assertThat(count("imports")).isEqualTo(importsBefore);
        List<String> rejects = Files.readAllLines(result.rejectsFile(), StandardCharsets.UTF_8);
        assertThat(result.rejectsFile()).isEqualTo(dir.resolve("usage.csv.rejects.csv"));
        assertThat(rejects.get(0)).isEqualTo("\uFEFF" + SampleProvince.header(Kind.USAGE) + ",line,reason");
        assertThat(rejects.get(1)).startsWith(SampleProvince.msisdn(616) + ",2025-03,\"12,5x\",")
                .endsWith(",1234,\"column spend: \"\"12,5x\"\" is not an amount in yuan (e.g. 86.50)\"");
        assertThat(rejects).hasSize(2);
    }

    @Test
    void skipBadLoadsTheGoodRowsAndQuarantinesTheRest() throws IOException {
        loadProvince(1000);
        Path usage = usageFile("usage.csv", 2000, 1232, MARCH, "50.00");

        ImportResult result = imports.importFile(Kind.USAGE, usage, options.skippingBadRows(true));

        assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
        assertThat(result.rowsLoaded()).isEqualTo(1999);
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(count("usage_monthly")).isEqualTo(1999);
        assertThat(Files.readAllLines(result.rejectsFile())).hasSize(2);
        assertThat(jdbc.sql("select rows_loaded || '/' || rows_rejected from imports where kind = 'usage'")
                .query(String.class).single()).isEqualTo("1999/1");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        loadProvince(100);
        Path usage = usageFile("usage.csv", 200, -1, MARCH, "50.00");
        ImportResult first = imports.importFile(Kind.USAGE, usage, options);
        jdbc.sql("update usage_monthly set spend = 1 where msisdn = ?").param(Long.toString(SampleProvince.msisdn(0))).update();

        ImportResult again = imports.importFile(Kind.USAGE, usage, options);

        assertThat(first.status()).isEqualTo(ImportResult.Status.IMPORTED);
        assertThat(again.status()).isEqualTo(ImportResult.Status.ALREADY_IMPORTED);
        assertThat(again.rowsLoaded()).isEqualTo(200);
        assertThat(count("usage_monthly")).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from usage_monthly where spend = 1").query(Long.class).single())
                .as("the file was not read again").isEqualTo(2);
        assertThat(count("imports")).isEqualTo(4);
    }

    @Test
    void anOverlappingFileUpsertsByPrimaryKey() {
        loadProvince(100);
        imports.importFile(Kind.USAGE, usageFile("february-march.csv", 200, -1, MARCH, "50.00"), options);
        // March again (30 rows with a new spend, 20 unchanged) and April (50 new rows)
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(SampleProvince.usageRow(SampleProvince.msisdn(i), MARCH, i < 30 ? "77.70" : "50.00"));
            lines.add(SampleProvince.usageRow(SampleProvince.msisdn(i), MARCH.plusMonths(1), "60.00"));
        }
        Path overlap = SampleProvince.writeFile(dir.resolve("march-april.csv"), Kind.USAGE, lines, StandardCharsets.UTF_8);

        ImportResult result = imports.importFile(Kind.USAGE, overlap, options);

        assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
        assertThat(result.path()).isEqualTo("upsert");
        assertThat(result.rowsLoaded()).isEqualTo(100);
        assertThat(result.rowsChanged()).isEqualTo(80);
        assertThat(count("usage_monthly")).isEqualTo(250);
        assertThat(jdbc.sql("select count(*) from usage_monthly where month = '2025-03-01' and spend = 77.70")
                .query(Long.class).single()).isEqualTo(30);
        assertThat(jdbc.sql("select count(*) from usage_monthly where month = '2025-02-01' and spend = 50.00")
                .query(Long.class).single()).isEqualTo(100);
    }

    @Test
    void aNewMonthGoesStraightIntoTheTable() {
        loadProvince(100);
        imports.importFile(Kind.USAGE, usageFile("february-march.csv", 200, -1, MARCH, "50.00"), options);

        ImportResult april = imports.importFile(Kind.USAGE, usageFile("april-may.csv", 200, -1, MARCH.plusMonths(2), "9.00"),
                options);

        assertThat(april.path()).isEqualTo("insert");
        assertThat(count("usage_monthly")).isEqualTo(400);
    }

    @Test
    void aKeyRepeatedInTheFileIsABadRowFoundWhicheverPathIsTaken() {
        loadProvince(100);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add(SampleProvince.usageRow(SampleProvince.msisdn(i), MARCH, "10.00"));
        }
        lines.add(SampleProvince.usageRow(SampleProvince.msisdn(3), MARCH, "99.00")); // line 12 repeats line 5
        Path usage = SampleProvince.writeFile(dir.resolve("usage.csv"), Kind.USAGE, lines, StandardCharsets.UTF_8);

        ImportResult refused = imports.importFile(Kind.USAGE, usage, options);
        ImportResult skipped = imports.importFile(Kind.USAGE, usage, options.skippingBadRows(true));

        assertThat(refused.status()).isEqualTo(ImportResult.Status.REJECTED);
        assertThat(refused.errors()).extracting(ImportError::message).containsExactly(
                "usage.csv line 12: repeats the key (msisdn, month) = (" + SampleProvince.msisdn(3) + ", 2025-03-01) of line 5");
        assertThat(skipped.rowsLoaded()).isEqualTo(10);
        assertThat(skipped.rowsRejected()).isEqualTo(1);
        assertThat(jdbc.sql("select spend::text from usage_monthly where msisdn = ?").param(Long.toString(SampleProvince.msisdn(3)))
                .query(String.class).single()).as("the first of the two rows is kept").isEqualTo("10.00");
    }

    @Test
    void aGbkFileKeepsItsChineseNames() {
        loadProvince(10);
        List<String> lines = List.of(
                SampleProvince.subscriberRow(500).replace(SampleProvince.name(500), "欧阳娜娜"),
                SampleProvince.subscriberRow(501).replace(SampleProvince.name(501), "张三丰").replace(",ACTIVE,", ",正常,"));
        Path gbk = SampleProvince.writeFile(dir.resolve("subscribers.csv"), Kind.SUBSCRIBERS, lines, Charset.forName("GBK"));

        ImportResult result = imports.importFile(Kind.SUBSCRIBERS, gbk, options);

        assertThat(result.status()).as(result.errors().toString()).isEqualTo(ImportResult.Status.IMPORTED);
        assertThat(jdbc.sql("select name from subscribers where msisdn in (?, ?) order by msisdn")
                .params(Long.toString(SampleProvince.msisdn(500)), Long.toString(SampleProvince.msisdn(501)))
                .query(String.class).list()).containsExactly("欧阳娜娜", "张三丰");
        assertThat(jdbc.sql("select detail from audit_log where action = 'IMPORT' order by id desc limit 1")
                .query(String.class).single()).contains("encoding=GB18030");
    }

    @Test
    void usageOfAnUnknownSubscriberIsRefused() {
        loadProvince(10);
        Path usage = SampleProvince.writeFile(dir.resolve("usage.csv"), Kind.USAGE,
                List.of(SampleProvince.usageRow(13_999_999_999L, MARCH, "1.00")), StandardCharsets.UTF_8);

        ImportResult result = imports.importFile(Kind.USAGE, usage, options);

        assertThat(result.errors()).extracting(ImportError::message).containsExactly("usage.csv line 2, column msisdn: "
                + "\"13999999999\" is not a known subscriber (neither in the database nor imported before it)");
    }

    @Test
    void aWrongHeaderIsRefusedWithoutARejectsFile() throws IOException {
        Path plans = dir.resolve("plans.csv");
        Files.writeString(plans, "plan_code,plan_name,brand\nP1,x,GOTONE\n");

        ImportResult result = imports.importFile(Kind.PLANS, plans, options.skippingBadRows(true));

        assertThat(result.status()).isEqualTo(ImportResult.Status.REJECTED);
        assertThat(result.errors().get(0).message()).startsWith(
                "plans.csv line 1: the header lacks the columns monthly_fee, voice_minutes, data_mb, sms, category");
        assertThat(result.rejectsFile()).isNull();
        assertThat(count("plans")).isZero();
    }
}
