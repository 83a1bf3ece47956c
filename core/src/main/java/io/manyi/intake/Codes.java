package io.manyi.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixed code lists of the import files, with the Chinese names BOSS exports often use. */
final class Codes {

    private Codes() {
    }

    static final ColumnType BRAND = ColumnType.choice(
            List.of("GOTONE", "MZONE", "EASYOWN", "DONGLI100"),
            aliases("全球通", "GOTONE", "动感地带", "MZONE", "神州行", "EASYOWN", "动力100", "DONGLI100",
                    "M-ZONE", "MZONE"));

    static final ColumnType GENDER = ColumnType.choice(List.of("M", "F"), aliases("男", "M", "女", "F"));

    static final ColumnType STATUS = ColumnType.choice(
            List.of("ACTIVE", "SUSPENDED", "CANCELLED"),
            aliases("正常", "ACTIVE", "停机", "SUSPENDED", "销户", "CANCELLED", "离网", "CANCELLED"));

    static final ColumnType STAFF_ROLE = ColumnType.choice(
            List.of("ADMIN", "ANALYST", "SUPERVISOR", "PHONE_MANAGER", "ACCOUNT_MANAGER", "AGENT", "HALL_CLERK"),
            aliases("管理员", "ADMIN", "分析员", "ANALYST", "主管", "SUPERVISOR", "电话经理", "PHONE_MANAGER",
                    "客户经理", "ACCOUNT_MANAGER", "坐席", "AGENT", "营业员", "HALL_CLERK"));

    /** The people a subscriber can be assigned to. */
    static final ColumnType MANAGER_ROLE = ColumnType.choice(
            List.of("PHONE_MANAGER", "ACCOUNT_MANAGER"),
            aliases("电话经理", "PHONE_MANAGER", "客户经理", "ACCOUNT_MANAGER"));

    static final ColumnType GROUP_CLASS = ColumnType.choice(List.of("A", "B", "C"), Map.of());

    /** Where a subscription was made or a complaint came in. */
    static final ColumnType CHANNEL = ColumnType.choice(
            List.of("HOTLINE", "HALL", "ONLINE", "APP", "SMS", "WAP", "IVR", "OUTBOUND", "REGULATOR", "OTHER"),
            aliases("10086", "HOTLINE", "热线", "HOTLINE", "营业厅", "HALL", "网上营业厅", "ONLINE", "WEB", "ONLINE",
                    "手机营业厅", "APP", "短信", "SMS", "外呼", "OUTBOUND", "工信部", "REGULATOR", "其他", "OTHER"));

    static final ColumnType SEVERITY = ColumnType.choice(
            List.of("LOW", "MEDIUM", "HIGH", "CRITICAL"),
            aliases("低", "LOW", "一般", "MEDIUM", "NORMAL", "MEDIUM", "高", "HIGH", "严重", "HIGH",
                    "紧急", "CRITICAL", "URGENT", "CRITICAL"));

    private static Map<String, String> aliases(String... pairs) {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            aliases.put(pairs[i], pairs[i + 1]);
        }
        return aliases;
    }
}
