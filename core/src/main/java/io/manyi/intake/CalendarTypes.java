package io.manyi.intake;

/**
 * Dates {@code YYYY-MM-DD}, months {@code YYYY-MM} (stored as the first day of the month) and
 * times {@code YYYY-MM-DD HH:MM:SS} (a {@code T} instead of the space, or a plain date, also do),
 * parsed by hand: this runs for every row of the largest files.
 */
final class CalendarTypes {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private CalendarTypes() {
    }

    static final ColumnType DATE = new ColumnType() {
        @Override
        public String normalise(char[] chars, int start, int end, ValidatedRow row) {
            String problem = checkDate(chars, start, end);
            if (problem != null) {
                return problem;
            }
            row.append(chars, start, end);
            return null;
        }

        @Override
        public boolean plainAscii() {
            return true;
        }

        @Override
        public String describe() {
            return "date YYYY-MM-DD";
        }
    };

    static final ColumnType MONTH = new ColumnType() {
        private static final String NOT_A_MONTH = "is not a month YYYY-MM (e.g. 2024-03)";

        @Override
        public String normalise(char[] chars, int start, int end, ValidatedRow row) {
            if (end - start != 7 || chars[start + 4] != '-') {
                return NOT_A_MONTH;
            }
            int year = digits(chars, start, 4);
            int month = digits(chars, start + 5, 2);
            if (year < 0 || month < 0) {
                return NOT_A_MONTH;
            }
            if (month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR) {
                return "is not a real month";
            }
            row.append(chars, start, end);
            row.append('-');
            row.append('0');
            row.append('1');
            return null;
        }

        @Override
        public boolean plainAscii() {
            return true;
        }

        @Override
        public String describe() {
            return "month YYYY-MM";
        }
    };

    static final ColumnType TIMESTAMP = new ColumnType() {
        private static final String NOT_A_TIME = "is not a time YYYY-MM-DD HH:MM:SS (e.g. 2024-03-15 09:30:00)";

        @Override
        public String normalise(char[] chars, int start, int end, ValidatedRow row) {
            int length = end - start;
            if (length != 10 && length != 16 && length != 19) {
                return NOT_A_TIME;
            }
            String dateProblem = checkDate(chars, start, start + 10);
            if (dateProblem != null) {
                return length == 10 ? dateProblem : NOT_A_TIME;
            }
            row.append(chars, start, start + 10);
            if (length == 10) {
                appendAscii(row, " 00:00:00");
                return null;
            }
            char separator = chars[start + 10];
            if ((separator != ' ' && separator != 'T') || chars[start + 13] != ':'
                    || (length == 19 && chars[start + 16] != ':')) {
                return NOT_A_TIME;
            }
            int hour = digits(chars, start + 11, 2);
            int minute = digits(chars, start + 14, 2);
            int second = length == 19 ? digits(chars, start + 17, 2) : 0;
            if (hour < 0 || minute < 0 || second < 0) {
                return NOT_A_TIME;
            }
            if (hour > 23 || minute > 59 || second > 59) {
                return "is not a real time of day";
            }
            row.append(' ');
            row.append(chars, start + 11, end);
            if (length == 16) {
                appendAscii(row, ":00");
            }
            return null;
        }

        @Override
        public boolean plainAscii() {
            return true;
        }

        @Override
        public String describe() {
            return "time YYYY-MM-DD HH:MM:SS";
        }
    };

    private static final String NOT_A_DATE = "is not a date YYYY-MM-DD (e.g. 2024-03-15)";

    static String checkDate(char[] chars, int start, int end) {
        if (end - start != 10 || chars[start + 4] != '-' || chars[start + 7] != '-') {
            return NOT_A_DATE;
        }
        int year = digits(chars, start, 4);
        int month = digits(chars, start + 5, 2);
        int day = digits(chars, start + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return NOT_A_DATE;
        }
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1
                || day > daysInMonth(year, month)) {
            return "is not a real date";
        }
        return null;
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
    static int digits(char[] chars, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void appendAscii(ValidatedRow row, String text) {
        for (int i = 0; i < text.length(); i++) {
            row.append(text.charAt(i));
        }
    }
}
