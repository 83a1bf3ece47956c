package io.manyi.intake;

import java.util.List;

/**
 * Checks each row of one file of a kind: the number of fields, every value against its column's
 * type, empty cells against required columns, references against the known keys, and the checks
 * across columns. Fills a {@link ValidatedRow} with the normalised values on the way.
 */
public final class RowValidator {

    private final KindSchema schema;
    private final HeaderMapping header;
    private final KnownKeys known;
    private final KnownKeys provided;
    private final String fileName;
    private final Column[] columns;
    private final int providedColumn;

    /**
     * @param known    the keys references must be found among
     * @param provided where to collect the keys this file's good rows provide (see {@link KindSchema#provides()})
     */
    public RowValidator(KindSchema schema, HeaderMapping header, KnownKeys known, KnownKeys provided, String fileName) {
        if (!header.isValid()) {
            throw new IllegalArgumentException("Rows cannot be checked against an invalid header: " + header.errors());
        }
        this.schema = schema;
        this.header = header;
        this.known = known;
        this.provided = provided;
        this.fileName = fileName;
        this.columns = schema.columns().toArray(Column[]::new);
        this.providedColumn = schema.provides() == null ? -1 : 0;
    }

    public ValidatedRow newRow() {
        boolean[] plain = new boolean[columns.length];
        for (int c = 0; c < columns.length; c++) {
            Column column = columns[c];
            plain[c] = column.type().plainAscii()
                    && (column.defaultValue() == null || ChoiceType.isPlainAscii(column.defaultValue()));
        }
        return new ValidatedRow(plain);
    }

    /** Checks {@code record} into {@code row}; true when it is good, otherwise its errors are added to {@code errors}. */
    public boolean validate(CsvRecord record, ValidatedRow row, List<ImportError> errors) {
        int before = errors.size();
        long line = record.line();
        row.reset(line);
        if (record.problem() != null) {
            errors.add(new ImportError(fileName, line, null, null, record.problem()));
            return false;
        }
        if (record.size() != header.header().size()) {
            errors.add(new ImportError(fileName, line, null, null,
                    "has " + record.size() + " field" + (record.size() == 1 ? "" : "s") + " but the header has "
                            + header.header().size()));
            return false;
        }
        char[] chars = record.chars();
        for (int c = 0; c < columns.length; c++) {
            Column column = columns[c];
            int field = header.position(c);
            int start = field < 0 ? 0 : record.start(field);
            int end = field < 0 ? 0 : record.end(field);
            while (start < end && chars[start] <= ' ') {
                start++;
            }
            while (end > start && chars[end - 1] <= ' ') {
                end--;
            }
            if (start == end) {
                if (column.defaultValue() != null) {
                    row.begin(c);
                    row.append(column.defaultValue());
                    row.end();
                } else if (column.required()) {
                    row.setNull(c);
                    errors.add(new ImportError(fileName, line, column.name(), null, "a value is required"));
                } else {
                    row.setNull(c);
                }
                continue;
            }
            row.begin(c);
            String reason = column.type().normalise(chars, start, end, row);
            if (reason != null) {
                row.discard();
                row.setNull(c);
                errors.add(new ImportError(fileName, line, column.name(), record.field(field), reason));
                continue;
            }
            row.end();
            if (column.reference() != null && !refersToKnown(column.reference(), row, c)) {
                errors.add(new ImportError(fileName, line, column.name(), record.field(field),
                        column.reference().unknownReason()));
            }
        }
        if (errors.size() == before) {
            for (KindSchema.RowCheck check : schema.checks()) {
                KindSchema.Problem problem = check.check(schema, row);
                if (problem != null) {
                    int field = header.position(schema.indexOf(problem.column()));
                    errors.add(new ImportError(fileName, line, problem.column(), field < 0 ? null : record.field(field),
                            problem.reason()));
                }
            }
        }
        if (errors.size() != before) {
            return false;
        }
        if (providedColumn >= 0) {
            if (schema.provides() == Reference.SUBSCRIBER) {
                provided.addSubscriber(row.number(providedColumn));
            } else {
                provided.add(schema.provides(), row.value(providedColumn));
            }
        }
        return true;
    }

    private boolean refersToKnown(Reference reference, ValidatedRow row, int column) {
        if (reference == Reference.SUBSCRIBER) {
            return known.containsSubscriber(row.number(column));
        }
        return known.contains(reference, row.value(column));
    }
}
