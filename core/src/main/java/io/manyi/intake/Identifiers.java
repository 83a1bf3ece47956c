package io.manyi.intake;

/**
 * Phone numbers (MSISDN: 11 digits starting with 1, mainland China) and resident ID numbers
 * (GB 11643: 15 digits, or 17 digits and a check character 0-9 or X).
 */
final class Identifiers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private Identifiers() {
    }

    static final ColumnType MSISDN = new ColumnType() {
        @Override
        public String normalise(char[] chars, int start, int end, ValidatedRow row) {
            long number = msisdn(chars, start, end);
            if (number < 0) {
                return "is not a mobile number (11 digits starting with 1, e.g. 13812345678)";
            }
            row.append(chars, start, end);
            row.number(number);
            return null;
        }

        @Override
        public boolean plainAscii() {
            return true;
        }

        @Override
        public String describe() {
            return "mobile number, 11 digits starting with 1";
        }
    };

    static final ColumnType ID_NUMBER = new ColumnType() {
        @Override
        public String normalise(char[] chars, int start, int end, ValidatedRow row) {
            int length = end - start;
            if (length == 15) {
                for (int i = start; i < end; i++) {
                    if (chars[i] < '0' || chars[i] > '9') {
                        return "is not an ID number (15 digits, or 17 digits and a check digit)";
                    }
                }
                row.append(chars, start, end);
                return null;
            }
            if (length != 18) {
                return "is not an ID number (15 digits, or 17 digits and a check digit)";
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                char c = chars[start + i];
                if (c < '0' || c > '9') {
                    return "is not an ID number (15 digits, or 17 digits and a check digit)";
                }
                sum += (c - '0') * WEIGHTS[i];
            }
            char expected = CHECK_CHARACTERS.charAt(sum % 11);
            char given = Character.toUpperCase(chars[start + 17]);
            if ((given < '0' || given > '9') && given != 'X') {
                return "is not an ID number (15 digits, or 17 digits and a check digit)";
            }
            if (given != expected) {
                return "has a wrong check digit (GB 11643 gives " + expected + ")";
            }
            row.append(chars, start, start + 17);
            row.append(given);
            return null;
        }

        @Override
        public boolean plainAscii() {
            return true;
        }

        @Override
        public String describe() {
            return "ID number: 15 digits, or 18 with a valid GB 11643 check digit";
        }
    };

    /** The number as a long, or -1 when it is not 11 digits starting with 1. */
    static long msisdn(char[] chars, int start, int end) {
        if (end - start != 11 || chars[start] != '1') {
            return -1;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The check character GB 11643 gives the first 17 digits of {@code id}. */
    static char checkCharacter(CharSequence id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
