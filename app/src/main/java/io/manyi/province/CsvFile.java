package io.manyi.province;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file written byte by byte into a large buffer: numbers, dates and money are formatted
 * by hand (no {@code String.format}, no {@code BigDecimal}) because a province has tens of
 * millions of rows. UTF-8, RFC 4180 quoting for fields with a comma, quote or line break,
 * {@code \n} line ends, empty field for null.
 */
final class CsvFile implements AutoCloseable {

    private static final int BUFFER = 1 << 20;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private final Map<String, byte[]> encoded = new HashMap<>();
    private int position;
    private boolean rowStarted;
    private long rows;

    CsvFile(Path path, List<String> header) throws IOException {
        out = Files.newOutputStream(path);
        for (String column : header) {
            text(column);
        }
        endRowUncounted();
    }

    long rows() {
        return rows;
    }

    CsvFile text(String value) {
        separator();
        if (value == null) {
            return this;
        }
        int length = value.length();
        boolean simple = true;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x80 || c == ',' || c == '"' || c == '\n' || c == '\r') {
                simple = false;
                break;
            }
        }
        if (simple) {
            ensure(length);
            for (int i = 0; i < length; i++) {
                buffer[position++] = (byte) value.charAt(i);
            }
        } else {
            bytes(encode(value));
        }
        return this;
    }

    CsvFile character(char value) {
        separator();
        ensure(1);
        buffer[position++] = (byte) value;
        return this;
    }

    CsvFile integer(long value) {
        separator();
        digits(value);
        return this;
    }

    /** Fen as yuan with two decimals: 12345 is "123.45", -5 is "-0.05". */
    CsvFile money(long fen) {
        separator();
        ensure(24);
        if (fen < 0) {
            buffer[position++] = '-';
            fen = -fen;
        }
        digits(fen / 100);
        int cents = (int) (fen % 100);
        buffer[position++] = '.';
        buffer[position++] = (byte) ('0' + cents / 10);
        buffer[position++] = (byte) ('0' + cents % 10);
        return this;
    }

    /** A probability with six decimals. */
    CsvFile probability(double value) {
        separator();
        long micro = Math.round(value * 1_000_000);
        digits(micro / 1_000_000);
        ensure(7);
        buffer[position++] = '.';
        pad((int) (micro % 1_000_000), 6);
        return this;
    }

    CsvFile date(LocalDate value) {
        separator();
        if (value != null) {
            ensure(10);
            ymd(value.getYear(), value.getMonthValue(), value.getDayOfMonth());
        }
        return this;
    }

    CsvFile month(YearMonth value) {
        separator();
        ensure(7);
        pad(value.getYear(), 4);
        buffer[position++] = '-';
        pad(value.getMonthValue(), 2);
        return this;
    }

    CsvFile timestamp(LocalDateTime value) {
        separator();
        if (value != null) {
            ensure(19);
            ymd(value.getYear(), value.getMonthValue(), value.getDayOfMonth());
            buffer[position++] = ' ';
            pad(value.getHour(), 2);
            buffer[position++] = ':';
            pad(value.getMinute(), 2);
            buffer[position++] = ':';
            pad(value.getSecond(), 2);
        }
        return this;
    }

    CsvFile bool(boolean value) {
        return character(value ? 'Y' : 'N');
    }

    void endRow() throws IOException {
        endRowUncounted();
        rows++;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flush();
        }
    }

    private void endRowUncounted() throws IOException {
        ensure(1);
        buffer[position++] = '\n';
        rowStarted = false;
        if (position > BUFFER - 4096) {
            flush();
        }
    }

    private void separator() {
        ensure(1);
        if (rowStarted) {
            buffer[position++] = ',';
        }
        rowStarted = true;
    }

    private void ymd(int year, int month, int day) {
        pad(year, 4);
        buffer[position++] = '-';
        pad(month, 2);
        buffer[position++] = '-';
        pad(day, 2);
    }

    private void pad(int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            buffer[position + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        position += width;
    }

    private void digits(long value) {
        ensure(20);
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        if (value == 0) {
            buffer[position++] = '0';
            return;
        }
        int start = position;
        while (value > 0) {
            buffer[position++] = (byte) ('0' + value % 10);
            value /= 10;
        }
        for (int i = start, j = position - 1; i < j; i++, j--) {
            byte t = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = t;
        }
    }

    /** UTF-8 bytes of a field that needs more than ASCII; names and codes repeat, so small ones are cached. */
    private byte[] encode(String value) {
        byte[] cached = encoded.get(value);
        if (cached != null) {
            return cached;
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        String field = quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        if (value.length() <= 16 && encoded.size() < 10_000) {
            encoded.put(value, bytes);
        }
        return bytes;
    }

    private void bytes(byte[] bytes) {
        if (bytes.length > buffer.length - position) {
            flushQuietly();
        }
        if (bytes.length > buffer.length) {
            throw new IllegalArgumentException("field longer than " + buffer.length + " bytes");
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    private void ensure(int bytes) {
        if (position + bytes > buffer.length) {
            flushQuietly();
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void flush() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }
}
