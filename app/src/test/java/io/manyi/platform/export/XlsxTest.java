package io.manyi.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;

class XlsxTest {

    private static final List<ExcelColumn> COLUMNS = List.of(ExcelColumn.month("月份", "Month"), ExcelColumn.text("城市", "City"),
            ExcelColumn.integer("投诉", "Tickets"), ExcelColumn.decimal("金额(元)", "Value (yuan)"), ExcelColumn.percent("达标率", "SLA met"));

    @Test
    void typedCellsReadBackWithTheirValuesAndFormats() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<?>> rows = List.of(
                Arrays.asList(YearMonth.of(2026, 10), "广州", 1234L, new BigDecimal("5678.90"), new BigDecimal("0.875")),
                Arrays.asList("2026-09", "深圳 \"<&>\"", 7, 0.5, null));
        Xlsx.write(out, Locale.CHINESE, List.of(new ExcelTable("Figures", "投诉 2026-10", COLUMNS, rows),
                new ExcelTable("Figures", "second sheet, same wanted name", List.of(ExcelColumn.text("甲", "A")), List.of(List.of("x")))));

        Map<String, List<List<Cell>>> sheets = XlsxReader.read(out.toByteArray());
        assertThat(sheets).containsOnlyKeys("Figures", "Figures (2)");
        List<List<Cell>> figures = sheets.get("Figures");
        assertThat(figures.get(0).getFirst().asString()).isEqualTo("投诉 2026-10");
        assertThat(figures.get(1).stream().map(Cell::asString)).containsExactly("月份", "城市", "投诉", "金额(元)", "达标率");
        List<Cell> first = figures.get(2);
        assertThat(first.get(0).asDate().toLocalDate()).isEqualTo(YearMonth.of(2026, 10).atDay(1));
        assertThat(first.get(0).getDataFormatString()).isEqualTo("yyyy-mm");
        assertThat(first.get(1).asString()).isEqualTo("广州");
        assertThat(first.get(2).getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.get(2).asNumber()).isEqualByComparingTo("1234");
        assertThat(first.get(3).asNumber()).isEqualByComparingTo("5678.90");
        assertThat(first.get(3).getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(first.get(4).asNumber()).isEqualByComparingTo("0.875");
        assertThat(first.get(4).getDataFormatString()).isEqualTo("0.0%");
        List<Cell> second = figures.get(3);
        assertThat(second.get(0).asDate().toLocalDate()).isEqualTo(YearMonth.of(2026, 9).atDay(1));
        assertThat(second.get(1).asString()).isEqualTo("深圳 \"<&>\"");
        assertThat(second.get(2).asNumber()).isEqualByComparingTo("7");
        assertThat(second.size() < 5 || second.get(4) == null || second.get(4).getType() == CellType.EMPTY).isTrue();
        assertThat(figures).hasSize(4);
    }

    @Test
    void headersFollowTheLanguage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(out, Locale.ENGLISH, List.of(new ExcelTable("T", "t", COLUMNS, List.of())));
        assertThat(XlsxReader.read(out.toByteArray()).get("T").get(1).stream().map(Cell::asString))
                .containsExactly("Month", "City", "Tickets", "Value (yuan)", "SLA met");
    }

    /** Streaming: most of a large sheet is already in the output before its last rows are produced. */
    @Test
    void rowsAreWrittenOutWhileTheyAreProduced() {
        long[] written = {0};
        long[] writtenWhenHalfProduced = {-1};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written[0] += len;
            }
        };
        int total = 50_000;
        Iterable<List<?>> rows = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < total;
            }

            @Override
            public List<?> next() {
                if (i == total / 2) {
                    writtenWhenHalfProduced[0] = written[0];
                }
                i++;
                return List.of(YearMonth.of(2026, 1 + i % 12), "city" + (i % 21), i, i / 100.0, (i % 1000) / 1000.0);
            }
        };
        Xlsx.write(counting, Locale.ENGLISH, List.of(new ExcelTable("big", "50k rows", COLUMNS, rows)));
        assertThat(writtenWhenHalfProduced[0]).isGreaterThan(written[0] / 4);
        assertThat(written[0]).isGreaterThan(1_000_000);
    }

    @Test
    void sheetNamesExcelAccepts() {
        Set<String> taken = new HashSet<>();
        assertThat(Xlsx.uniqueName("a/b:c*d?[e]", taken)).isEqualTo("a-b-c-d--e-");
        assertThat(Xlsx.uniqueName("x".repeat(40), taken)).hasSize(31);
        assertThat(Xlsx.uniqueName("X".repeat(40), taken)).hasSize(31).endsWith(" (2)");
    }
}
