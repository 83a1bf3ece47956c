package io.manyi.intake;

/** Whole numbers (SQL {@code integer}, never negative) and amounts in yuan (SQL {@code numeric(14,2)}). */
final class NumberTypes {

    private NumberTypes() {
    }

    static final ColumnType WHOLE_NUMBER = new ColumnType() {
        @Override
        public String normalise(char[] chars, int start, int end, ValidatedRow row) {
            long value = 0;
            for (int i = start; i < end; i++) {
                char c = chars[i];
                if (c < '0' || c > '9') {
                    return "is not a whole number of 0 or more (e.g. 120)";
                }
                value = value * 10 + (c - '0');
                if (value > Integer.MAX_VALUE) {
                    return "is too large (at most " + Integer.MAX_VALUE + ")";
                }
            }
            row.append(chars, start, end);
            row.number(value);
            return null;
        }

        @Override
        public boolean plainAscii() {
            return true;
        }

        @Override
        public String describe() {
            return "whole number >= 0";
        }
    };

    /** Yuan with at most two decimals; {@code numeric(14,2)} leaves twelve digits before the point. */
    static final ColumnType MONEY = new ColumnType() {
        private static final String NOT_AN_AMOUNT = "is not an amount in yuan (e.g. 86.50)";

        @Override
        public String normalise(char[] chars, int start, int end, ValidatedRow row) {
            int i = start;
            long fen = 0;
            while (i < end && chars[i] >= '0' && chars[i] <= '9') {
                fen = fen * 10 + (chars[i] - '0');
                i++;
            }
            int integerDigits = i - start;
            if (integerDigits == 0) {
                return NOT_AN_AMOUNT;
            }
            if (integerDigits > 12) {
                return "is too large an amount (at most 12 digits before the decimal point)";
            }
            int decimals = 0;
            if (i < end) {
                if (chars[i] != '.') {
                    return NOT_AN_AMOUNT;
                }
                i++;
                while (i < end && chars[i] >= '0' && chars[i] <= '9') {
                    fen = fen * 10 + (chars[i] - '0');
                    decimals++;
                    i++;
                }
                if (i < end || decimals == 0) {
                    return NOT_AN_AMOUNT;
                }
                if (decimals > 2) {
                    return "has more than two decimals (amounts are in yuan, to the fen: 86.50)";
                }
            }
            for (int d = decimals; d < 2; d++) {
                fen *= 10;
            }
            row.append(chars, start, end);
            row.number(fen);
            return null;
        }

        @Override
        public boolean plainAscii() {
            return true;
        }

        @Override
        public String describe() {
            return "amount in yuan, up to 2 decimals";
        }
    };
}
