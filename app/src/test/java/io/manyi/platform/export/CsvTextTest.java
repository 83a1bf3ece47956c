package io.manyi.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaBeginsWithAQuote() {
        assertThat(CsvText.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvText.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvText.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvText.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvText.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvText.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void otherCellsAreWrittenAsTheyAreAndQuotedOnlyWhenTheyMustBe() {
        assertThat(CsvText.cell("广州")).isEqualTo("广州");
        assertThat(CsvText.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvText.cell(12.5)).isEqualTo("12.5");
        assertThat(CsvText.cell(null)).isEmpty();
        assertThat(CsvText.cell("")).isEmpty();
        assertThat(CsvText.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvText.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvText.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void rowsEndWithANewlineAndTheBomOnlyWhenAsked() {
        assertThat(CsvText.create().row("a", null, 1).row(Arrays.asList("=x", "y")).toString()).isEqualTo("a,,1\n'=x,y\n");
        assertThat(CsvText.withBom().row("a").toString()).isEqualTo("\uFEFFa\n");
    }
}
