package io.manyi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> read(String text, int bufferSize) {
        CsvReader reader = new CsvReader(new StringReader(text), bufferSize);
        List<CsvRecord> records = new ArrayList<>();
        CsvRecord record = new CsvRecord();
        while (reader.next(record)) {
            CsvRecord copy = new CsvRecord();
            copy.clear(record.line());
            for (int i = 0; i < record.size(); i++) {
                copy.append(record.chars(), record.start(i), record.end(i));
                copy.endField();
            }
            copy.problem = record.problem();
            records.add(copy);
        }
        return records;
    }

    private static List<CsvRecord> read(String text) {
        return read(text, 1 << 16);
    }

    @Test
    void readsPlainFieldsAndLineNumbers() {
        List<CsvRecord> records = read("a,b,c\n1,2,3\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields()).containsExactly("a", "b", "c");
        assertThat(records.get(1).fields()).containsExactly("1", "2", "3");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<CsvRecord> records = read("h1,h2\n\"a,b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,row\n");

        assertThat(records.get(1).fields()).containsExactly("a,b", "say \"hi\"");
        assertThat(records.get(2).fields()).containsExactly("two\nlines", "x");
        assertThat(records.get(2).line()).isEqualTo(3);
        assertThat(records.get(3).line()).as("the line after a two-line record").isEqualTo(5);
    }

    @Test
    void skipsAByteOrderMarkAndAcceptsCrlfAndCr() {
        List<CsvRecord> records = read("\uFEFFmsisdn,name\r\n13800000000,张三\r\n13800000001,李四\r13800000002,王五");

        assertThat(records.get(0).fields()).containsExactly("msisdn", "name");
        assertThat(records).extracting(r -> r.field(1)).containsExactly("name", "张三", "李四", "王五");
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void ignoresBlankLinesButCountsThem() {
        List<CsvRecord> records = read("a,b\n\n1,2\r\n\r\n3,4\n\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 3L, 5L);
    }

    @Test
    void keepsEmptyFieldsIncludingATrailingOne() {
        List<CsvRecord> records = read("a,,c,\n,,\n");

        assertThat(records.get(0).fields()).containsExactly("a", "", "c", "");
        assertThat(records.get(1).fields()).containsExactly("", "", "");
    }

    @Test
    void reportsAQuoteThatNeverCloses() {
        List<CsvRecord> records = read("a,b\n1,\"open\n2,3\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).problem()).isEqualTo("a quoted field opened on line 2 is never closed");
    }

    @Test
    void reportsTextAfterAClosingQuote() {
        List<CsvRecord> records = read("a,b\n\"x\"y,2\n");

        assertThat(records.get(1).problem()).contains("after the closing quote");
        assertThat(records.get(1).fields()).containsExactly("xy", "2");
    }

    @Test
    void givesUpOnAFieldThatNeverEnds() {
        String text = "a\n\"" + "x".repeat(CsvReader.MAX_FIELD + 10);

        assertThatThrownBy(() -> read(text)).isInstanceOf(CsvFormatException.class).hasMessageContaining("line 2");
    }

    @Test
    void anyBufferSizeReadsTheSame() {
        String text = "\uFEFFh1,h2,h3\r\n\"q,1\",\"multi\r\nline \"\"x\"\"\",z\r\n\r\nplain,,\"\"\r\n\"end\"";
        List<CsvRecord> expected = read(text);

        for (int size = 1; size < 12; size++) {
            List<CsvRecord> actual = read(text, size);
            assertThat(actual).as("buffer of %d", size).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i).fields()).as("buffer of %d, record %d", size, i)
                        .isEqualTo(expected.get(i).fields());
                assertThat(actual.get(i).line()).isEqualTo(expected.get(i).line());
            }
        }
        assertThat(expected).extracting(CsvRecord::line).containsExactly(1L, 2L, 5L, 6L);
        assertThat(expected.get(1).fields()).containsExactly("q,1", "multi\r\nline \"x\"", "z");
    }
}
