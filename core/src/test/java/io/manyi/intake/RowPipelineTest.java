package io.manyi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowPipelineTest {

    private static final String USAGE_HEADER = String.join(",", Kind.USAGE.columns());

    /** Collects the COPY text of the good rows and the errors of the bad ones. */
    static final class Collected implements RowPipeline.Rows {
        final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        final CopyTextWriter writer = new CopyTextWriter(copy, 16);
        final List<ImportError> errors = new ArrayList<>();
        final List<List<String>> rejected = new ArrayList<>();
        RowPipeline.Outcome outcome;

        @Override
        public void accept(ValidatedRow row) throws IOException {
            writer.write(row, false);
        }

        @Override
        public void reject(CsvRecord record, List<ImportError> rowErrors) {
            errors.addAll(rowErrors);
            rejected.add(record.fields());
        }

        String copyText() throws IOException {
            writer.flush();
            return copy.toString(StandardCharsets.UTF_8);
        }
    }

    private static KnownKeys knownSubscribers(long... msisdns) {
        KnownKeys known = new KnownKeys();
        for (long msisdn : msisdns) {
            known.addSubscriber(msisdn);
        }
        known.add(Reference.PLAN, "P18");
        return known;
    }

    private static Collected run(Kind kind, String fileName, Reader in, KnownKeys known, KnownKeys provided)
            throws IOException {
        Collected rows = new Collected();
        rows.outcome = RowPipeline.run(kind, fileName, in, known, provided, rows, ImportProgress.NONE);
        return rows;
    }

    private static Collected run(Kind kind, String text, KnownKeys known) throws IOException {
        return run(kind, kind.fileName(), new StringReader(text), known, new KnownKeys());
    }

    @Test
    void turnsGoodUsageRowsIntoCopyText() throws IOException {
        String csv = USAGE_HEADER + "\n13800000001,2024-03,86.50,120,10,0,15,2048,5.00,2,0,35,4\n";

        Collected rows = run(Kind.USAGE, csv, knownSubscribers(13800000001L));

        assertThat(rows.errors).isEmpty();
        assertThat(rows.outcome.good()).isEqualTo(1);
        assertThat(rows.copyText()).isEqualTo("13800000001\t2024-03-01\t86.50\t120\t10\t0\t15\t2048\t5.00\t2\t0\t35\t4\n");
    }

    @Test
    void namesFileLineColumnValueAndReason() throws IOException {
        StringBuilder csv = new StringBuilder(USAGE_HEADER).append('\n');
        for (int i = 0; i < 5; i++) {
            String spend = i == 3 ? "12,5x" : "10.00";
            csv.append("13800000001,2024-0").append(i + 1).append(",\"").append(spend).append("\",1,1,1,1,1,1.00,0,0,1,0\n");
        }

        Collected rows = run(Kind.USAGE, csv.toString(), knownSubscribers(13800000001L));

        assertThat(rows.outcome.good()).isEqualTo(4);
        assertThat(rows.outcome.bad()).isEqualTo(1);
        assertThat(rows.errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(5);
            assertThat(error.column()).isEqualTo("spend");
            assertThat(error.value()).isEqualTo("12,5x");
            assertThat(error.message())
                    .isEqualTo("usage.csv line 5, column spend: \"12,5x\" is not an amount in yuan (e.g. 86.50)");
        });
        assertThat(rows.rejected.get(0).get(2)).isEqualTo("12,5x");
    }

    @Test
    void reportsEveryBadValueOfARowAndUnknownSubscribers() throws IOException {
        String csv = USAGE_HEADER + "\n13899999999,2024-13,abc,-1,1,1,1,1,1.00,0,0,1,\n";

        Collected rows = run(Kind.USAGE, csv, knownSubscribers(13800000001L));

        assertThat(rows.errors).extracting(ImportError::column)
                .containsExactly("msisdn", "month", "spend", "local_minutes", "competitor_contacts");
        assertThat(rows.errors.get(0).message()).isEqualTo("usage.csv line 2, column msisdn: \"13899999999\" "
                + "is not a known subscriber (neither in the database nor imported before it)");
        assertThat(rows.errors.get(4).message()).isEqualTo("usage.csv line 2, column competitor_contacts: a value is required");
    }

    @Test
    void aFileWithoutAnOptionalColumnImportsWithItEmpty() throws IOException {
        // groups.csv as written before the kind gained contract_end: industry and account_manager
        // left out too, in another order.
        String csv = "city,class,name,group_id\n广州,B,广州市某物流公司,G0001\n";

        Collected rows = run(Kind.GROUPS, csv, knownSubscribers());

        assertThat(rows.errors).isEmpty();
        assertThat(rows.outcome.good()).isEqualTo(1);
        assertThat(rows.copyText()).isEqualTo("G0001\t广州市某物流公司\tB\t广州\t\\N\t\\N\t\\N\n");
    }

    @Test
    void namesMissingAndUnknownHeaderColumns() throws IOException {
        String header = USAGE_HEADER.replace(",sms,", ",texts,").replace(",vas_spend", "");

        Collected rows = run(Kind.USAGE, header + "\n", knownSubscribers());

        assertThat(rows.outcome.headerValid()).isFalse();
        assertThat(rows.outcome.headerErrors()).extracting(ImportError::message).containsExactly(
                "usage.csv line 1: the header lacks the columns sms, vas_spend; a usage file has the columns "
                        + USAGE_HEADER,
                "usage.csv line 1: the header has unknown column texts; a usage file has the columns " + USAGE_HEADER);
    }

    @Test
    void acceptsTheColumnsInAnyOrderAndCase() throws IOException {
        List<String> columns = new ArrayList<>(Kind.USAGE.columns());
        java.util.Collections.reverse(columns);
        String header = String.join(",", columns).toUpperCase();
        String row = "4,35,0,2,5.00,2048,15,0,10,120,86.50,2024-03,13800000001";

        Collected rows = run(Kind.USAGE, header + "\n" + row + "\n", knownSubscribers(13800000001L));

        assertThat(rows.copyText()).isEqualTo("13800000001\t2024-03-01\t86.50\t120\t10\t0\t15\t2048\t5.00\t2\t0\t35\t4\n");
    }

    @Test
    void aRejectsFileCanBeImportedAgainOnceCorrected() throws IOException {
        String csv = "\uFEFF" + USAGE_HEADER + ",line,reason\n"
                + "13800000001,2024-03,12.50,120,10,0,15,2048,5.00,2,0,35,4,1234,\"column spend: \"\"12,5x\"\" is not an amount\"\n";

        Collected rows = run(Kind.USAGE, csv, knownSubscribers(13800000001L));

        assertThat(rows.errors).isEmpty();
        assertThat(rows.copyText()).startsWith("13800000001\t2024-03-01\t12.50\t");
    }

    @Test
    void aRowWithTooFewFieldsIsOneError() throws IOException {
        Collected rows = run(Kind.USAGE, USAGE_HEADER + "\n13800000001,2024-03\n", knownSubscribers(13800000001L));

        assertThat(rows.errors).extracting(ImportError::message)
                .containsExactly("usage.csv line 2: has 2 fields but the header has 13");
    }

    @Test
    void anEmptyFileSaysWhatTheHeaderShouldBe() throws IOException {
        Collected rows = run(Kind.PLANS, "", knownSubscribers());

        assertThat(rows.outcome.headerErrors()).extracting(ImportError::message).containsExactly(
                "plans.csv: is empty; its first line must be the header " + String.join(",", Kind.PLANS.columns()));
    }

    @Test
    void readsGbkSubscribersAndCollectsTheirNumbers() throws IOException {
        String csv = String.join(",", Kind.SUBSCRIBERS.columns()) + "\r\n"
                + "13800000001,张三丰,11010519491231002X,男,1949-12-31,广州,天河区,全球通,P18,2010-05-01,正常,,2025-12-31,\r\n"
                + "13800000002,\"欧阳, 娜娜\",440524188001010014,F,,深圳,南山区,MZONE,P18,2020-01-15,CANCELLED,,,2024-02-01\r\n";
        byte[] gbk = csv.getBytes(Charset.forName("GBK"));
        KnownKeys provided = new KnownKeys();

        Collected rows = run(Kind.SUBSCRIBERS, "subscribers.csv",
                new InputStreamReader(new ByteArrayInputStream(gbk), Charset.forName("GBK")), knownSubscribers(), provided);

        assertThat(rows.errors).isEmpty();
        assertThat(rows.copyText()).isEqualTo(
                "13800000001\t张三丰\t11010519491231002X\tM\t1949-12-31\t广州\t天河区\tGOTONE\tP18\t2010-05-01\tACTIVE\tNORMAL\t2025-12-31\t\\N\n"
                        + "13800000002\t欧阳, 娜娜\t440524188001010014\tF\t\\N\t深圳\t南山区\tMZONE\tP18\t2020-01-15\tCANCELLED\tNORMAL\t\\N\t2024-02-01\n");
        assertThat(provided.containsSubscriber(13800000001L)).isTrue();
        assertThat(provided.containsSubscriber(13800000002L)).isTrue();
    }

    @Test
    void aCancellationDateNeedsACancelledNumber() throws IOException {
        String csv = String.join(",", Kind.SUBSCRIBERS.columns()) + "\n"
                + "13800000001,张三,11010519491231002X,M,,广州,天河区,GOTONE,P18,2010-05-01,ACTIVE,VIP,,2024-02-01\n"
                + "13800000002,李四,11010519491231002X,M,,广州,天河区,GOTONE,P99,2010-05-01,ACTIVE,,,\n";
        KnownKeys provided = new KnownKeys();

        Collected rows = run(Kind.SUBSCRIBERS, "subscribers.csv", new StringReader(csv), knownSubscribers(), provided);

        assertThat(rows.errors).extracting(ImportError::message).containsExactly(
                "subscribers.csv line 2, column cancelled_on: \"2024-02-01\" is only allowed when status is CANCELLED (status is ACTIVE)",
                "subscribers.csv line 3, column plan_code: \"P99\" is not a known plan (neither in the database nor imported before it)");
        assertThat(provided.size(Reference.SUBSCRIBER)).as("bad rows provide no keys").isZero();
    }

    @Test
    void escapesTabsNewlinesAndBackslashesForCopy() throws IOException {
        String csv = String.join(",", Kind.COMPLAINTS.columns()) + "\n"
                + "C1,13800000001,10086,BILLING/ERROR,high,2024-03-15T09:30:00,,\"多扣费\tC:\\bill\n第二行\"\n";

        Collected rows = run(Kind.COMPLAINTS, csv, knownSubscribers(13800000001L));

        assertThat(rows.copyText()).isEqualTo(
                "C1\t13800000001\tHOTLINE\tBILLING/ERROR\tHIGH\t2024-03-15 09:30:00\t\\N\t多扣费\\tC:\\\\bill\\n第二行\n");
    }

    @Test
    void yesNoBecomesTrueOrFalse() throws IOException {
        String csv = String.join(",", Kind.VAS_SUBSCRIPTIONS.columns()) + "\n"
                + "13800000001,MUSIC,彩铃,SMS,2024-01-02 10:00:00,否,2024-02-01,5\n";

        Collected rows = run(Kind.VAS_SUBSCRIPTIONS, csv, knownSubscribers(13800000001L));

        assertThat(rows.copyText()).isEqualTo(
                "13800000001\tMUSIC\t彩铃\tSMS\t2024-01-02 10:00:00\tf\t2024-02-01 00:00:00\t5\n");
    }

    @Test
    void everyKindHasASchemaMatchingItsColumnsAndKey() {
        for (Kind kind : Kind.values()) {
            KindSchema schema = KindSchema.of(kind);
            assertThat(schema.columns()).extracting(Column::name).isEqualTo(kind.columns());
            assertThat(kind.columns()).containsAll(schema.key());
        }
        assertThat(KindSchema.of(Kind.USAGE).references()).containsExactly(Reference.SUBSCRIBER);
        assertThat(KindSchema.of(Kind.ASSIGNMENTS).references()).containsExactly(Reference.SUBSCRIBER, Reference.STAFF);
    }
}
