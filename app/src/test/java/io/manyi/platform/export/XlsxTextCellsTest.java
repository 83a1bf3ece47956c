package io.manyi.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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

    /** A file of the workbook; read with ZipFile: the streamed zip's entries carry their sizes after the data. */
    private static String entry(byte[] zip, String name) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("xlsx", ".zip");
        try {
            java.nio.file.Files.write(file, zip);
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                ZipEntry e = workbook.getEntry(name);
                assertThat(e).as(name).isNotNull();
                return new String(workbook.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
