package io.manyi.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    @TempDir
    Path dir;

    @Test
    void formatsEveryTypeTheWayTheIntakeReadsIt() throws Exception {
        Path path = dir.resolve("t.csv");
        try (CsvFile file = new CsvFile(path, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"))) {
            file.text("13812345678").money(12_345).money(-5).money(0).probability(0.0039123)
                    .date(LocalDate.of(2026, 2, 7)).month(YearMonth.of(2026, 2))
                    .timestamp(LocalDateTime.of(2026, 2, 7, 9, 5, 3)).bool(true).date(null);
            file.endRow();
            file.text("陈伟").text("say \"hi\", then\nleave").text(null).integer(-42).integer(0).bool(false)
                    .text("全球通").text("").character('F').probability(1.0);
            file.endRow();
            assertThat(file.rows()).isEqualTo(2);
        }
        String text = Files.readString(path, StandardCharsets.UTF_8);

        assertThat(text).startsWith("a,b,c,d,e,f,g,h,i,j\n"
                + "13812345678,123.45,-0.05,0.00,0.003912,2026-02-07,2026-02,2026-02-07 09:05:03,Y,\n");
        assertThat(text).endsWith("陈伟,\"say \"\"hi\"\", then\nleave\",,-42,0,N,全球通,,F,1.000000\n");
        assertThat(CsvRows.parse(text).get(2)).containsExactly("陈伟", "say \"hi\", then\nleave", "", "-42", "0", "N",
                "全球通", "", "F", "1.000000");
    }

    @Test
    void rowsLongerThanTheBufferAreWrittenWhole() throws Exception {
        Path path = dir.resolve("big.csv");
        try (CsvFile file = new CsvFile(path, List.of("n", "name"))) {
            for (int i = 0; i < 200_000; i++) {
                file.integer(i).text("客户" + (i % 7));
                file.endRow();
            }
        }
        List<List<String>> rows = CsvRows.parse(Files.readString(path));
        assertThat(rows).hasSize(200_001);
        assertThat(rows.get(123_457)).containsExactly("123456", "客户" + (123_456 % 7));
    }
}
