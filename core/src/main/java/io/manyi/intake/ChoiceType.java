package io.manyi.intake;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One of a fixed set of codes, in any case, or a (Chinese) alias of one. */
final class ChoiceType implements ColumnType {

    static final ColumnType YES_NO = new ChoiceType(List.of("t", "f"), yesNoAliases(),
            "is not a yes/no value (Y, N, 1, 0, true, false, 是, 否)", "yes/no: Y, N, 1, 0, true, false, 是, 否");

    private final List<String> values;
    private final Map<String, String> aliases;
    private final Map<String, String> lookup = new HashMap<>();
    private final String reason;
    private final String description;

    ChoiceType(List<String> values, Map<String, String> aliases) {
        this(values, aliases, null, null);
    }

    private ChoiceType(List<String> values, Map<String, String> aliases, String reason, String description) {
        this.values = List.copyOf(values);
        this.aliases = new LinkedHashMap<>(aliases);
        for (String value : values) {
            lookup.put(value.toUpperCase(Locale.ROOT), value);
        }
        aliases.forEach((alias, value) -> {
            if (!values.contains(value)) {
                throw new IllegalArgumentException(alias + " stands for an unknown value " + value);
            }
            lookup.put(alias.toUpperCase(Locale.ROOT), value);
        });
        this.reason = reason != null ? reason : defaultReason();
        this.description = description != null ? description : defaultDescription();
    }

    private static Map<String, String> yesNoAliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String yes : List.of("Y", "YES", "1", "TRUE", "是")) {
            aliases.put(yes, "t");
        }
        for (String no : List.of("N", "NO", "0", "FALSE", "否")) {
            aliases.put(no, "f");
        }
        return aliases;
    }

    @Override
    public String normalise(char[] chars, int start, int end, ValidatedRow row) {
        String value = lookup.get(new String(chars, start, end - start).toUpperCase(Locale.ROOT));
        if (value == null) {
            return reason();
        }
        row.append(value);
        return null;
    }

    String reason() {
        return reason;
    }

    private String defaultReason() {
        String text = "is not one of " + String.join(", ", values);
        List<String> chinese = aliases.keySet().stream().filter(a -> a.codePoints().anyMatch(c -> c > 0x2E80)).toList();
        return chinese.isEmpty() ? text : text + " (or " + String.join(", ", chinese) + ")";
    }

    private String defaultDescription() {
        String text = "one of " + String.join(", ", values);
        return aliases.isEmpty() ? text : text + "; also " + String.join(", ",
                aliases.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList());
    }

    List<String> values() {
        return values;
    }

    Map<String, String> aliases() {
        return aliases;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public boolean plainAscii() {
        return values.stream().allMatch(ChoiceType::isPlainAscii);
    }

    /** Printable ASCII without the backslash COPY would escape. */
    static boolean isPlainAscii(String text) {
        return text.chars().allMatch(ch -> ch > ' ' && ch < 0x7F && ch != '\\');
    }
}
