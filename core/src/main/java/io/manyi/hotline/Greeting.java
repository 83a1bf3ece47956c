package io.manyi.hotline;

import java.util.Set;

/**
 * The name an IVR prompt or an agent's screen greets a caller with: surname and title
 * ({@code 张先生}, {@code 欧阳女士}), never the given name. It is all the route reveals of the
 * caller's identity, which is why the route is no full read of personal data (docs/hotline.md).
 */
public final class Greeting {

    /** Two-character surnames common enough to matter; anything else takes the first character. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司徒", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "夏侯", "尉迟", "长孙",
            "宇文", "公孙", "端木", "轩辕", "南宫", "西门", "独孤", "澹台");

    private Greeting() {
    }

    /** {@code 张先生} for a man, {@code 张女士} for a woman; null when there is no name. */
    public static String zh(String name, String gender) {
        String surname = surname(name);
        if (surname == null) {
            return null;
        }
        return surname + ("F".equals(gender) ? "女士" : "先生");
    }

    /** {@code Mr 张} / {@code Ms 张}: the English prompt keeps the surname as written. */
    public static String en(String name, String gender) {
        String surname = surname(name);
        if (surname == null) {
            return null;
        }
        return ("F".equals(gender) ? "Ms " : "Mr ") + surname;
    }

    static String surname(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        if (trimmed.contains(" ") || trimmed.charAt(0) < 0x2E80) {
            // A Latin name: the family name is the last word ("Wei Li") or the only one.
            String[] words = trimmed.split(" +");
            return words[words.length - 1];
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length >= 3 && COMPOUND_SURNAMES.contains(trimmed.substring(0, trimmed.offsetByCodePoints(0, 2)))) {
            return trimmed.substring(0, trimmed.offsetByCodePoints(0, 2));
        }
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1));
    }
}
