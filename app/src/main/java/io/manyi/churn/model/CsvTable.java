package io.manyi.churn.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole CSV file in memory as text cells: RFC 4180 (quoted fields with commas, doubled quotes
 * and line breaks), a UTF-8 byte order mark dropped, CRLF or LF line ends, header names trimmed.
 * The churn datasets an analyst brings are a few thousand to a few million rows, so holding the
 * cells is fine and lets the column types be detected before anything is encoded.
 * Every row remembers the line it started on, so errors can name file, line and column.
 */
public record CsvTable(String source, List<String> header, List<String[]> rows, int[] lines) {

    public static CsvTable read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        }
    }

    public static CsvTable read(String source, Reader reader) throws IOException {
        Parser parser = new Parser(source, reader);
        List<String> header = parser.next();
        if (header == null) {
            throw new IllegalArgumentException(source + ": the file is empty (a header line is needed)");
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        header.replaceAll(String::strip);
        List<String[]> rows = new ArrayList<>();
        IntList lines = new IntList();
        List<String> fields;
        while (true) {
            int line = parser.line;
            fields = parser.next();
            if (fields == null) {
                break;
            }
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue; // a blank line, typically the last one
            }
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException("%s line %d: %d fields, but the header has %d columns"
                        .formatted(source, line, fields.size(), header.size()));
            }
            rows.add(fields.toArray(String[]::new));
            lines.add(line);
        }
        return new CsvTable(source, List.copyOf(header), rows, lines.toArray());
    }

    public int columnIndex(String name) {
        int exact = header.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    /** The index of a column the user named, or an error that lists the columns there are. */
    public int requireColumn(String name, String what) {
        int index = columnIndex(name);
        if (index < 0) {
            throw new IllegalArgumentException("%s: no %s column \"%s\"; the columns are: %s"
                    .formatted(source, what, name, String.join(", ", header)));
        }
        return index;
    }

    public int size() {
        return rows.size();
    }

    /** A streaming RFC 4180 field splitter that counts physical lines. */
    private static final class Parser {
        private final String source;
        private final Reader reader;
        private final char[] buffer = new char[1 << 16];
        private int length;
        private int position;
        int line = 1;

        Parser(String source, Reader reader) {
            this.source = source;
            this.reader = reader;
        }

        private int read() throws IOException {
            if (position == length) {
                length = reader.read(buffer);
                position = 0;
                if (length <= 0) {
                    length = 0;
                    return -1;
                }
            }
            return buffer[position++];
        }

        private void unread() {
            position--;
        }

        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            unread();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int startLine = line;
            while (true) {
                c = read();
                if (c == '"' && field.isEmpty()) {
                    readQuoted(field, startLine, fields.size() + 1);
                    c = read();
                    if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                        throw new IllegalArgumentException("%s line %d, column %d: text after a closing quote"
                                .formatted(source, line, fields.size() + 1));
                    }
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r' || c == -1) {
                    if (c == '\r') {
                        int n = read();
                        if (n != '\n' && n != -1) {
                            unread();
                        }
                    }
                    if (c != -1) {
                        line++;
                    }
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
            }
        }

        private void readQuoted(StringBuilder field, int startLine, int column) throws IOException {
            while (true) {
                int c = read();
                if (c == -1) {
                    throw new IllegalArgumentException("%s line %d, column %d: a quoted field is never closed"
                            .formatted(source, startLine, column));
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                        continue;
                    }
                    if (n != -1) {
                        unread();
                    }
                    return;
                }
                if (c == '\n') {
                    line++;
                }
                field.append((char) c);
            }
        }
    }

    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
