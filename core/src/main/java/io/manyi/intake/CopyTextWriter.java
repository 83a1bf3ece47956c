package io.manyi.intake;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes validated rows in PostgreSQL's COPY text format, UTF-8: tab between columns, newline
 * after each row, {@code \N} for null, and backslash, tab, newline and carriage return escaped.
 * Encodes by hand into its own buffer, as it runs for every value of the largest files.
 */
public final class CopyTextWriter {

    private final OutputStream out;
    private final byte[] buf;
    private int length;
    private long bytes;

    public CopyTextWriter(OutputStream out) {
        this(out, 1 << 16);
    }

    public CopyTextWriter(OutputStream out, int bufferSize) {
        this.out = out;
        this.buf = new byte[bufferSize];
    }

    /** Writes the row; {@code withLine} adds its line number as a last column (for a staging table). */
    public void write(ValidatedRow row, boolean withLine) throws IOException {
        char[] chars = row.chars();
        int columns = row.columns();
        for (int c = 0; c < columns; c++) {
            if (c > 0) {
                put((byte) '\t');
            }
            if (row.isNull(c)) {
                put((byte) '\\');
                put((byte) 'N');
            } else {
                encode(chars, row.start(c), row.end(c));
            }
        }
        if (withLine) {
            put((byte) '\t');
            writeLong(row.line());
        }
        put((byte) '\n');
    }

    private void encode(char[] chars, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> {
                        put((byte) '\\');
                        put((byte) '\\');
                    }
                    case '\t' -> {
                        put((byte) '\\');
                        put((byte) 't');
                    }
                    case '\n' -> {
                        put((byte) '\\');
                        put((byte) 'n');
                    }
                    case '\r' -> {
                        put((byte) '\\');
                        put((byte) 'r');
                    }
                    default -> put((byte) c);
                }
            } else if (c < 0x800) {
                put((byte) (0xC0 | (c >> 6)));
                put((byte) (0x80 | (c & 0x3F)));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                put((byte) (0xF0 | (cp >> 18)));
                put((byte) (0x80 | ((cp >> 12) & 0x3F)));
                put((byte) (0x80 | ((cp >> 6) & 0x3F)));
                put((byte) (0x80 | (cp & 0x3F)));
            } else if (Character.isSurrogate(c)) {
                put((byte) '?'); // a lone surrogate is not text: PostgreSQL would refuse the whole COPY
            } else {
                put((byte) (0xE0 | (c >> 12)));
                put((byte) (0x80 | ((c >> 6) & 0x3F)));
                put((byte) (0x80 | (c & 0x3F)));
            }
        }
    }

    private void writeLong(long value) throws IOException {
        String digits = Long.toString(value);
        for (int i = 0; i < digits.length(); i++) {
            put((byte) digits.charAt(i));
        }
    }

    private void put(byte b) throws IOException {
        if (length == buf.length) {
            flushBuffer();
        }
        buf[length++] = b;
    }

    private void flushBuffer() throws IOException {
        out.write(buf, 0, length);
        bytes += length;
        length = 0;
    }

    /** Hands what is buffered to the stream (does not flush or close the stream itself). */
    public void flush() throws IOException {
        if (length > 0) {
            flushBuffer();
        }
    }

    /** Bytes handed to the stream so far. */
    public long bytesWritten() {
        return bytes;
    }
}
