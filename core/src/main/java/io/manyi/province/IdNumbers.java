package io.manyi.province;

import java.time.LocalDate;

/**
 * Resident ID numbers as GB 11643-1999 defines them: six digits of birthplace, the birth date
 * as YYYYMMDD, a three-digit sequence whose last digit is odd for men and even for women, and a
 * check digit (ISO 7064 MOD 11-2, where 10 is written X).
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdNumbers() {
    }

    /** The 18-digit number; {@code sequence} (any non-negative int) picks among the 500 sequences of the gender. */
    static String of(String areaCode, LocalDate birthDate, int sequence, char gender) {
        int seq = Math.floorMod(sequence, 500) * 2 + (gender == 'M' ? 1 : 0);
        char[] digits = new char[18];
        areaCode.getChars(0, 6, digits, 0);
        put(digits, 6, birthDate.getYear(), 4);
        put(digits, 10, birthDate.getMonthValue(), 2);
        put(digits, 12, birthDate.getDayOfMonth(), 2);
        put(digits, 14, seq, 3);
        digits[17] = checkDigit(digits);
        return new String(digits);
    }

    /** True when the number has 17 digits, a valid check character, and a real birth date. */
    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        char[] chars = id.toCharArray();
        for (int i = 0; i < 17; i++) {
            if (chars[i] < '0' || chars[i] > '9') {
                return false;
            }
        }
        if (Character.toUpperCase(chars[17]) != checkDigit(chars)) {
            return false;
        }
        try {
            birthDate(id);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    public static LocalDate birthDate(String id) {
        return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                Integer.parseInt(id.substring(12, 14)));
    }

    /** 'M' when the 17th digit is odd, 'F' when even. */
    public static char gender(String id) {
        return ((id.charAt(16) - '0') & 1) == 1 ? 'M' : 'F';
    }

    static char checkDigit(char[] digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits[i] - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static void put(char[] digits, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            digits[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
