package io.manyi.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * A streaming RFC 4180 reader: comma-separated, fields optionally in double quotes, a doubled
 * quote inside quotes is one quote, quoted fields may hold commas and line breaks. Lines end
 * with LF, CRLF or CR. A UTF-8 byte-order mark at the start is skipped and blank lines are
 * ignored (they still count for line numbers, which are the physical lines of the file).
 */
public final class CsvReader {

    /** A field longer than this is taken for a quote that never closes. */
    static final int MAX_FIELD = 1_000_000;

    private final Reader in;
    private final char[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private long line = 1;

    public CsvReader(Reader in) {
        this(in, 1 << 16);
    }

    CsvReader(Reader in, int bufferSize) {
        this.in = in;
        this.buf = new char[bufferSize];
    }

    /** Reads the next record into {@code record}; false at the end of the input. */
    public boolean next(CsvRecord record) {
        if (!started) {
            started = true;
            if (fill() && buf[pos] == '\uFEFF') {
                pos++;
            }
        }
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            char c = buf[pos];
            if (c == '\n') {
                pos++;
                line++;
            } else if (c == '\r') {
                pos++;
                skipLf();
                line++;
            } else {
                break; // a record starts here
            }
        }
        record.clear(line);
        readRecord(record);
        return true;
    }

    private void readRecord(CsvRecord record) {
        while (true) {
            int fieldStart = record.length;
            boolean lineEnded;
            if (pos < limit || fill()) {
                if (buf[pos] == '"') {
                    pos++;
                    lineEnded = readQuoted(record, fieldStart);
                } else {
                    lineEnded = readPlain(record, fieldStart);
                }
            } else {
                lineEnded = true; // a trailing comma before the end of input: one more empty field
            }
            record.endField();
            if (lineEnded) {
                return;
            }
        }
    }

    /** Reads an unquoted field up to a comma (false) or the end of the line (true). */
    private boolean readPlain(CsvRecord record, int fieldStart) {
        while (true) {
            int start = pos;
            while (pos < limit) {
                char c = buf[pos];
                if (c == ',' || c == '\n' || c == '\r') {
                    record.append(buf, start, pos);
                    pos++;
                    if (c == ',') {
                        return false;
                    }
                    if (c == '\r') {
                        skipLf();
                    }
                    line++;
                    return true;
                }
                pos++;
            }
            record.append(buf, start, pos);
            checkLength(record, fieldStart);
            if (!fill()) {
                return true;
            }
        }
    }

    /** Reads a quoted field after its opening quote, then what follows up to the next comma or line end. */
    private boolean readQuoted(CsvRecord record, int fieldStart) {
        long openedOn = line;
        boolean afterCr = false; // a CRLF inside quotes is one line break, even across refills
        while (true) {
            if (pos >= limit && !fill()) {
                record.problem = "a quoted field opened on line " + openedOn + " is never closed";
                return true;
            }
            int start = pos;
            while (pos < limit) {
                char c = buf[pos];
                if (c == '"') {
                    break;
                }
                if (c == '\r' || (c == '\n' && !afterCr)) {
                    line++;
                }
                afterCr = c == '\r';
                pos++;
            }
            record.append(buf, start, pos);
            checkLength(record, fieldStart);
            if (pos >= limit) {
                continue;
            }
            pos++; // the quote
            if ((pos < limit || fill()) && buf[pos] == '"') {
                record.append('"');
                pos++;
                afterCr = false;
                continue;
            }
            if (pos >= limit) {
                return true;
            }
            char after = buf[pos];
            if (after == ',' || after == '\n' || after == '\r') {
                return readPlain(record, fieldStart); // consumes the delimiter
            }
            if (record.problem == null) {
                record.problem = "unexpected text after the closing quote of field " + (record.fields + 1);
            }
            return readPlain(record, fieldStart);
        }
    }

    private void checkLength(CsvRecord record, int fieldStart) {
        if (record.length - fieldStart > MAX_FIELD) {
            throw new CsvFormatException(record.line,
                    "a field is longer than " + MAX_FIELD + " characters (a quote that never closes?)");
        }
    }

    private void skipLf() {
        if ((pos < limit || fill()) && buf[pos] == '\n') {
            pos++;
        }
    }

    /** Refills the buffer when it is used up; false at the end of input. */
    private boolean fill() {
        if (pos < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        try {
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                eof = true;
                pos = limit = 0;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
