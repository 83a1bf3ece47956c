package io.manyi.churn.model;

/** How a text cell of an analyst's CSV reads: missing or not, and as a number. */
final class Cells {

    private Cells() {
    }

    /** Blank, whitespace, and the usual exports' placeholders for "no value". */
    static boolean isMissing(String cell) {
        if (cell == null) {
            return true;
        }
        String s = cell.strip();
        if (s.isEmpty()) {
            return true;
        }
        return switch (s) {
            case "NA", "N/A", "n/a", "na", "NaN", "nan", "?", "null", "NULL", "None", "-" -> true;
            default -> false;
        };
    }

    /** The cell as a number, or NaN when it is missing or not a plain number. */
    static double number(String cell) {
        if (isMissing(cell)) {
            return Double.NaN;
        }
        String s = cell.strip();
        char first = s.charAt(0);
        if (!(first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9'))) {
            return Double.NaN; // fast path for text, and keeps "Infinity"/"NaN" words out
        }
        try {
            double value = Double.parseDouble(s);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A category's key: trimmed, so " Yes" and "Yes" are the same level. */
    static String level(String cell) {
        return cell.strip();
    }
}
