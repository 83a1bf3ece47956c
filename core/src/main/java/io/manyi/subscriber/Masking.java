package io.manyi.subscriber;

/**
 * How personal fields look to a role that may not see them. The masks keep what a person needs
 * to recognise a subscriber on the phone (the number's operator prefix and last four digits, the
 * surname, the ID number's region and last four) and hide what identifies them outright.
 */
public final class Masking {

    private static final char STAR = '*';

    private Masking() {
    }

    /** {@code 13812341234} becomes {@code 138****1234}; shorter or odd numbers keep only their last 4. */
    public static String msisdn(String msisdn) {
        if (msisdn == null) {
            return null;
        }
        if (msisdn.length() == 11) {
            return msisdn.substring(0, 3) + "****" + msisdn.substring(7);
        }
        return maskAllButLast(msisdn, 4);
    }

    /**
     * Keeps the first 6 characters (the issuing region) and the last 4:
     * {@code 440106199001011234} becomes {@code 440106********1234}.
     */
    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        if (idNumber.length() <= 10) {
            return maskAllButLast(idNumber, Math.min(4, idNumber.length() / 2));
        }
        return idNumber.substring(0, 6) + stars(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /**
     * Chinese names keep the surname and, from three characters on, the last character:
     * {@code 张三} becomes {@code 张*}, {@code 张小明} {@code 张*明}, {@code 欧阳娜娜} {@code 欧**娜}.
     * Latin names keep the first letter of each word: {@code Li Wei} becomes {@code L* W**}.
     */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.strip();
        if (trimmed.contains(" ") || isLatinLetter(trimmed.charAt(0))) {
            StringBuilder masked = new StringBuilder();
            for (String word : trimmed.split(" +")) {
                if (!masked.isEmpty()) {
                    masked.append(' ');
                }
                masked.append(maskAfterFirst(word));
            }
            return masked.toString();
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length <= 1) {
            return trimmed;
        }
        String first = new String(Character.toChars(trimmed.codePointAt(0)));
        if (length == 2) {
            return first + STAR;
        }
        int lastStart = trimmed.offsetByCodePoints(0, length - 1);
        return first + stars(length - 2) + trimmed.substring(lastStart);
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static String maskAfterFirst(String word) {
        int length = word.codePointCount(0, word.length());
        if (length <= 1) {
            return word;
        }
        return new String(Character.toChars(word.codePointAt(0))) + stars(length - 1);
    }

    private static String maskAllButLast(String value, int keep) {
        if (value.length() <= keep) {
            return stars(value.length());
        }
        return stars(value.length() - keep) + value.substring(value.length() - keep);
    }

    private static String stars(int count) {
        return String.valueOf(STAR).repeat(Math.max(0, count));
    }
}
