package io.manyi.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each column of a kind sits in a file, from the file's header line. Names are matched
 * ignoring case and surrounding spaces; any order will do, but every required column must be
 * there once and nothing else may be, except the {@code line} and {@code reason} columns a rejects
 * file adds: a corrected rejects file can be imported as it is. An optional column may be left out
 * of the header altogether (every row then has it empty), so that files written before a kind
 * gained an optional column still import.
 */
public final class HeaderMapping {

    /** The columns {@code <file>.rejects.csv} adds to the file's own. */
    public static final List<String> REJECTS_COLUMNS = List.of("line", "reason");

    private final List<String> header;
    private final int[] positions;
    private final List<ImportError> errors;

    private HeaderMapping(List<String> header, int[] positions, List<ImportError> errors) {
        this.header = header;
        this.positions = positions;
        this.errors = errors;
    }

    public static HeaderMapping of(KindSchema schema, List<String> header, String fileName) {
        List<String> expected = schema.kind().columns();
        Map<String, Integer> found = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (!expected.contains(name)) {
                if (!REJECTS_COLUMNS.contains(name)) {
                    unknown.add(header.get(i));
                }
            } else if (found.putIfAbsent(name, i) != null) {
                errors.add(new ImportError(fileName, 1, name, null,
                        "appears twice in the header (columns " + (found.get(name) + 1) + " and " + (i + 1) + ")"));
            }
        }
        List<String> missing = schema.columns().stream()
                .filter(c -> c.required() && !found.containsKey(c.name())).map(Column::name).toList();
        if (!missing.isEmpty()) {
            errors.add(new ImportError(fileName, 1, null, null,
                    "the header lacks the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                            + "; a " + schema.kind().cliName() + " file has the columns " + String.join(",", expected)));
        }
        if (!unknown.isEmpty()) {
            errors.add(new ImportError(fileName, 1, null, null,
                    "the header has unknown column" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                            + "; a " + schema.kind().cliName() + " file has the columns " + String.join(",", expected)));
        }
        int[] positions = new int[expected.size()];
        for (int c = 0; c < expected.size(); c++) {
            positions[c] = found.getOrDefault(expected.get(c), -1);
        }
        return new HeaderMapping(List.copyOf(header), positions, List.copyOf(errors));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<ImportError> errors() {
        return errors;
    }

    /** The header as the file has it. */
    public List<String> header() {
        return header;
    }

    /** The file's field index holding the kind's column {@code column}, or -1 when the file leaves it out. */
    int position(int column) {
        return positions[column];
    }

    @Override
    public String toString() {
        return header + " -> " + Arrays.toString(positions);
    }
}
