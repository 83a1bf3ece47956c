package io.manyi.moments;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The facts a task's script says, each once. One subscriber's moments often name the same fact
 * (a contract-end moment and the churn warning it raised both say when the contract ends); the
 * script reads them out joined, so a fact another one already says, in the same or more words,
 * is left out.
 */
final class ScriptFacts {

    private ScriptFacts() {
    }

    static String joined(List<String> details, String separator) {
        List<String> kept = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String detail : details) {
            if (detail == null || detail.isBlank()) {
                continue;
            }
            String key = key(detail);
            if (keys.stream().anyMatch(k -> k.contains(key))) {
                continue;
            }
            for (int i = keys.size() - 1; i >= 0; i--) {
                if (key.contains(keys.get(i))) { // this one says it and more: it replaces the shorter
                    keys.remove(i);
                    kept.remove(i);
                }
            }
            keys.add(key);
            kept.add(detail);
        }
        return String.join(separator, kept);
    }

    /** Letters and digits only, lower case, without an English article in front. */
    private static String key(String detail) {
        String plain = Normalizer.normalize(detail, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceFirst("^\\s*(the|a|an)\\s+", "");
        return plain.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
