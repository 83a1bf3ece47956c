package io.manyi.intake;

/**
 * Tells, chunk by chunk, whether bytes are valid UTF-8 (sequences may span chunks). Files that
 * are not are taken for GBK, the other encoding Chinese exports come in: GBK text is almost
 * never valid UTF-8 (its two-byte characters would have to line up with UTF-8's patterns).
 */
public final class Utf8Check {

    private int pending;      // continuation bytes still expected
    private int minNext = 0x80;
    private int maxNext = 0xBF;
    private boolean valid = true;
    private boolean nonAscii;
    private long offset;

    public void update(byte[] bytes, int from, int to) {
        if (!valid) {
            return;
        }
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (pending > 0) {
                if (b < minNext || b > maxNext) {
                    invalid(i - from);
                    return;
                }
                minNext = 0x80;
                maxNext = 0xBF;
                pending--;
                continue;
            }
            if (b < 0x80) {
                continue;
            }
            nonAscii = true;
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                if (b == 0xE0) {
                    minNext = 0xA0; // no overlong forms
                } else if (b == 0xED) {
                    maxNext = 0x9F; // no surrogates
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                if (b == 0xF0) {
                    minNext = 0x90;
                } else if (b == 0xF4) {
                    maxNext = 0x8F;
                }
            } else {
                invalid(i - from);
                return;
            }
        }
        offset += to - from;
    }

    private void invalid(int at) {
        valid = false;
        offset += at;
    }

    /** Whether everything so far is UTF-8; call {@link #finish()} first for a final answer. */
    public boolean isValid() {
        return valid;
    }

    /** At the end of input: a sequence cut short makes the input invalid. */
    public boolean finish() {
        if (pending > 0) {
            valid = false;
        }
        return valid;
    }

    /** Whether any byte above 0x7F was seen (pure ASCII reads the same in UTF-8 and GBK). */
    public boolean sawNonAscii() {
        return nonAscii;
    }

    /** The offset of the first invalid byte, when not valid. */
    public long invalidAt() {
        return offset;
    }
}
