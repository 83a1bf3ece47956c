package io.manyi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopyTextWriterTest {

    private static String expected(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String written(int bufferSize, String... values) throws IOException {
        ValidatedRow row = new ValidatedRow(values.length);
        row.reset(7);
        for (int c = 0; c < values.length; c++) {
            if (values[c] == null) {
                row.setNull(c);
            } else {
                row.begin(c);
                row.append(values[c]);
                row.end();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CopyTextWriter writer = new CopyTextWriter(out, bufferSize);
        writer.write(row, true);
        writer.flush();
        assertThat(writer.bytesWritten()).isEqualTo(out.size());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void escapesAndMarksNulls() throws IOException {
        assertThat(written(64, "a\\b", null, "tab\there", "两行\r\n文字"))
                .isEqualTo("a\\\\b\t\\N\ttab\\there\t两行\\r\\n文字\t7\n");
    }

    @Test
    void encodesLongValuesOfAnyCharacterWhateverTheBuffer() throws IOException {
        Random random = new Random(11);
        String alphabet = "abc,\\\t\n\r\"é中文字𠀀😀";
        for (int round = 0; round < 200; round++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                if (Character.isLowSurrogate(alphabet.charAt(at))) {
                    at--;
                }
                value.append(alphabet.charAt(at));
                if (Character.isHighSurrogate(alphabet.charAt(at))) {
                    value.append(alphabet.charAt(at + 1));
                }
            }
            int bufferSize = 16 + random.nextInt(100);
            assertThat(written(bufferSize, value.toString(), "x"))
                    .as("buffer %d", bufferSize).isEqualTo(expected(value.toString()) + "\tx\t7\n");
        }
    }
}
