package io.manyi.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;

/** A text cell that looks like a formula is written as text, never as a formula (Excel would run it). */
class XlsxTextCellsTest {

    @Test
    void aTextCellBeginningWithAnEqualsSignIsTextNotAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> evil = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)");
        Xlsx.write(out, Locale.ENGLISH, List.of(new ExcelTable("T", null, List.of(ExcelColumn.text("甲", "A")),
                evil.stream().<List<?>>map(List::of).toList())));

        String sheet = entry(out.toByteArray(), "xl/worksheets/sheet1.xml");
        assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
        List<List<Cell>> rows = XlsxReader.read(out.toByteArray()).get("T");
        for (int i = 0; i < evil.size(); i++) {
            Cell cell = rows.get(2 + i).getFirst();
            assertThat(cell.getType()).isEqualTo(CellType.STRING);
            assertThat(cell.asString()).isEqualTo(evil.get(i));
        }
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
