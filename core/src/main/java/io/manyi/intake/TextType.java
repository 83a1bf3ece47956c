package io.manyi.intake;

/** Free text up to the length of its SQL {@code varchar(n)}, counted in characters. */
final class TextType implements ColumnType {

    private final int maxLength;
    private final String tooLong;

    TextType(int maxLength) {
        this.maxLength = maxLength;
        this.tooLong = "is longer than " + maxLength + " characters";
    }

    @Override
    public String normalise(char[] chars, int start, int end, ValidatedRow row) {
        if (end - start > maxLength && Character.codePointCount(chars, start, end - start) > maxLength) {
            return tooLong;
        }
        for (int i = start; i < end; i++) {
            if (chars[i] == 0) {
                return "contains a NUL character";
            }
        }
        row.append(chars, start, end);
        return null;
    }

    @Override
    public String describe() {
        return "text, at most " + maxLength + " characters";
    }
}
