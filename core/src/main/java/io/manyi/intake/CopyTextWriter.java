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
        if (bufferSize < 16) {
            throw new IllegalArgumentException("A buffer of at least 16 bytes, not " + bufferSize);
        }
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
            } else if (row.isPlain(c)) {
                copyAscii(chars, row.start(c), row.end(c));
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

    /** A value its type guarantees to be plain ASCII: one byte per char, nothing to escape. */
    private void copyAscii(char[] chars, int from, int to) throws IOException {
        int n = to - from;
        if (length + n > buf.length) {
            flushBuffer();
            if (n > buf.length) {
                encode(chars, from, to);
                return;
            }
        }
        byte[] b = buf;
        int at = length;
        for (int i = from; i < to; i++) {
            b[at++] = (byte) chars[i];
        }
        length = at;
    }

    /** Escapes and encodes one value; reserves room for its worst case first so that the loop needs no checks. */
    private void encode(char[] chars, int from, int to) throws IOException {
        int worst = (to - from) * 3 + 1; // a char is at most 3 bytes, a surrogate pair 4 for 2 chars, an escape 2
        if (length + worst > buf.length) {
            flushBuffer();
            if (worst > buf.length) {
                encodeSlowly(chars, from, to);
                return;
            }
        }
        byte[] b = buf;
        int n = length;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                    b[n++] = '\\';
                    b[n++] = (byte) (c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
                } else {
                    b[n++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                b[n++] = (byte) (0xF0 | (cp >> 18));
                b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b[n++] = '?'; // a lone surrogate is not text: PostgreSQL would refuse the whole COPY
            } else {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        length = n;
    }

    /** A value longer than the buffer: a piece at a time. */
    private void encodeSlowly(char[] chars, int from, int to) throws IOException {
        int piece = Math.max(1, (buf.length - 1) / 3);
        for (int i = from; i < to; ) {
            int end = Math.min(to, i + piece);
            if (end < to && Character.isHighSurrogate(chars[end - 1])) {
                end--; // keep a surrogate pair together
            }
            if (end == i) {
                end = i + 1;
            }
            encode(chars, i, end);
            i = end;
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
