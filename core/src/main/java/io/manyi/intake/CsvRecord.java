package io.manyi.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One CSV record as the reader left it: its fields side by side in one reused char buffer, so
 * that reading twelve million rows does not allocate a String per field.
 */
public final class CsvRecord {

    char[] chars = new char[256];
    int length;
    int[] ends = new int[16];
    int fields;
    long line;
    String problem;

    void clear(long startLine) {
        length = 0;
        fields = 0;
        line = startLine;
        problem = null;
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

    void endField() {
        if (fields == ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[fields++] = length;
    }

    /** The physical line (1 = the header) on which the record starts. */
    public long line() {
        return line;
    }

    public int size() {
        return fields;
    }

    /** Why the record is malformed (e.g. a quote opened and never closed), or null. */
    public String problem() {
        return problem;
    }

    public char[] chars() {
        return chars;
    }

    public int start(int field) {
        return field == 0 ? 0 : ends[field - 1];
    }

    public int end(int field) {
        return ends[field];
    }

    public String field(int field) {
        return new String(chars, start(field), end(field) - start(field));
    }

    public List<String> fields() {
        List<String> values = new ArrayList<>(fields);
        for (int i = 0; i < fields; i++) {
            values.add(field(i));
        }
        return values;
    }

    @Override
    public String toString() {
        return "line " + line + " " + fields();
    }
}
