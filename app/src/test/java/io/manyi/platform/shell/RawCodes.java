package io.manyi.platform.shell;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw codes a page must not show: the constant names of every enum in Manyi's main code. A
 * page's text is what a reader sees: the body without scripts, styles, tags and attribute values.
 * An element marked {@code data-verbatim} is a record shown as it was written (the audit log's
 * details, which an auditor must read exactly) and is not the page's own wording.
 */
final class RawCodes {

    /** Constants that are also the words a reader knows (abbreviations shown as such on purpose). */
    private static final Set<String> WORDS = Set.of("SLA", "VIP", "SMS", "CSV", "API", "ARPU", "MOU", "DOU", "ID",
            "TMF", "AUC", "PDF", "VAS", "SIM", "IVR", "KPI", "CRM", "APP", "WAP", "GPRS", "MIIT");
    private static final Pattern HIDDEN = Pattern.compile(
            "<(script|style|template)[^>]*>.*?</\\1>|<!--.*?-->|<(\\w+)[^>]*\\bdata-verbatim\\b[^>]*>.*?</\\2>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern CODE_LIKE = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\w-])");
    private static final Set<String> CODES = enumConstants();

    private RawCodes() {
    }

    /** Each code the page shows, with the words around its first showing: "HIGH (… segments HIGH, MID …)". */
    static List<String> shownIn(String html) {
        String text = TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ").replaceAll("\\s+", " ");
        Map<String, String> found = new TreeMap<>();
        Matcher word = CODE_LIKE.matcher(text);
        while (word.find()) {
            if (CODES.contains(word.group())) {
                found.putIfAbsent(word.group(), word.group() + " (…" + text.substring(Math.max(0, word.start() - 30),
                        Math.min(text.length(), word.end() + 30)) + "…)");
            }
        }
        return new ArrayList<>(found.values());
    }

    private static Set<String> enumConstants() {
        Set<String> codes = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.manyi")) {
            if (type.isEnum()) {
                type.getEnumConstants().forEach(constant -> codes.add(constant.name()));
            }
        }
        codes.removeIf(code -> code.length() < 3 || WORDS.contains(code));
        return codes;
    }
}
