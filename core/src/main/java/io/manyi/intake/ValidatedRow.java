package io.manyi.intake;

import java.util.Arrays;

/**
 * A row that passed (or is being put through) validation: the normalised value of every column
 * of its kind in {@link Kind#columns()} order, null where the cell was empty, and for numbers,
 * amounts (in fen) and phone numbers their value as a long. Reused from row to row.
 */
public final class ValidatedRow {

    private char[] chars = new char[512];
    private int length;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] nulls;
    private final long[] numbers;
    private final boolean[] plain;
    private int current;
    long line;

    ValidatedRow(int columns) {
        this(new boolean[columns]);
    }

    /** {@code plain[c]}: column c only ever holds ASCII that COPY need not escape. */
    ValidatedRow(boolean[] plain) {
        int columns = plain.length;
        starts = new int[columns];
        ends = new int[columns];
        nulls = new boolean[columns];
        numbers = new long[columns];
        this.plain = plain.clone();
    }

    public int columns() {
        return starts.length;
    }

    /** The line of the file the row came from. */
    public long line() {
        return line;
    }

    public boolean isNull(int column) {
        return nulls[column];
    }

    public String value(int column) {
        return nulls[column] ? null : new String(chars, starts[column], ends[column] - starts[column]);
    }

    /** The column's value as a long: the number, the amount in fen, the phone number. */
    public long number(int column) {
        return numbers[column];
    }

    char[] chars() {
        return chars;
    }

    boolean isPlain(int column) {
        return plain[column];
    }

    int start(int column) {
        return starts[column];
    }

    int end(int column) {
        return ends[column];
    }

    void reset(long line) {
        this.line = line;
        length = 0;
    }

    void begin(int column) {
        current = column;
        starts[column] = length;
        nulls[column] = false;
        numbers[column] = 0;
    }

    void end() {
        ends[current] = length;
    }

    void setNull(int column) {
        starts[column] = ends[column] = length;
        nulls[column] = true;
    }

    /** Forgets what the current column appended, after it turned out invalid. */
    void discard() {
        length = starts[current];
        ends[current] = length;
    }

    void number(long value) {
        numbers[current] = value;
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        chars[length++] = c;
    }

    void append(char[] source, int from, int to) {
        int n = to - from;
        if (length + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
        }
        System.arraycopy(source, from, chars, length, n);
        length += n;
    }

    void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            append(text.charAt(i));
        }
    }
}
