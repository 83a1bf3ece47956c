package io.manyi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {

    private static final String CHINESE = "msisdn,name\n13800000000,张三丰\n13800000001,欧阳娜娜\n";

    private static boolean isUtf8(byte[] bytes, int chunk) {
        Utf8Check check = new Utf8Check();
        for (int i = 0; i < bytes.length; i += chunk) {
            check.update(bytes, i, Math.min(bytes.length, i + chunk));
        }
        return check.finish();
    }

    @Test
    void acceptsUtf8EvenWhenCharactersSpanChunks() {
        byte[] bytes = CHINESE.getBytes(StandardCharsets.UTF_8);

        for (int chunk = 1; chunk <= 7; chunk++) {
            assertThat(isUtf8(bytes, chunk)).as("chunks of %d", chunk).isTrue();
        }
    }

    @Test
    void tellsGbkFromUtf8() {
        byte[] gbk = CHINESE.getBytes(Charset.forName("GBK"));

        assertThat(isUtf8(gbk, 4096)).isFalse();
    }

    @Test
    void rejectsOverlongFormsSurrogatesAndCutSequences() {
        assertThat(isUtf8(new byte[]{(byte) 0xC0, (byte) 0xAF}, 16)).isFalse();
        assertThat(isUtf8(new byte[]{(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, 16)).isFalse();
        assertThat(isUtf8(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 16)).isFalse();
        assertThat(isUtf8(new byte[]{'a', (byte) 0xE5, (byte) 0xBC}, 16)).isFalse();
    }

    @Test
    void asciiIsUtf8AndSaysSo() {
        Utf8Check check = new Utf8Check();
        byte[] ascii = "a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII);
        check.update(ascii, 0, ascii.length);

        assertThat(check.finish()).isTrue();
        assertThat(check.sawNonAscii()).isFalse();
    }
}
