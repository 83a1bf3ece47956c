package io.manyi.churn;

/**
 * A feature's value as a short sentence a phone manager can read out: "spend fell 45% over 3
 * months" / "近3个月消费下降45%", "12 calls forwarded to competitor numbers in 3 months" /
 * "近3个月12次呼叫转移至他网号码". The model picks which features; this says what they are.
 */
public final class ReasonSentences {

    private ReasonSentences() {
    }

    public static String en(ChurnFeature feature, float value, CategoryLevels brands, CategoryLevels cities) {
        if (Float.isNaN(value)) {
            return feature.nameEn() + " unknown";
        }
        int n = Math.round(value);
        return switch (feature) {
            case SPEND -> "average spend ¥" + n + " a month";
            case SPEND_CHANGE_3M -> change("spend", value, "3 months");
            case SPEND_CHANGE_6M -> change("spend", value, "6 months");
            case MINUTES_CHANGE_3M -> change("call minutes", value, "3 months");
            case MINUTES_CHANGE_6M -> change("call minutes", value, "6 months");
            case DATA_CHANGE_3M -> change("data use", value, "3 months");
            case DATA_CHANGE_6M -> change("data use", value, "6 months");
            case SMS_CHANGE_3M -> change("texts", value, "3 months");
            case SMS_CHANGE_6M -> change("texts", value, "6 months");
            case CONTACTS_CHANGE_3M -> circle(value, "3 months");
            case CONTACTS_CHANGE_6M -> circle(value, "6 months");
            case SPEND_VOLATILITY, MINUTES_VOLATILITY, DATA_VOLATILITY, SMS_VOLATILITY ->
                    feature.nameEn().replace(" volatility", "") + " varies " + percent(value) + "% month to month";
            case MINUTES -> n + " call minutes a month";
            case DATA -> n + " MB of data a month";
            case SMS -> n + " texts a month";
            case ROAMING -> n + " roaming minutes a month";
            case ROAMING_SHARE -> percent(value) + "% of minutes roaming";
            case VAS_SPEND -> "¥" + n + " on value-added services";
            case VAS_ACTIVE -> n + " value-added services";
            case VAS_UNCONFIRMED -> n + " unconfirmed service" + (n == 1 ? "" : "s") + " billing";
            case VAS_NEW_3M -> n + " new service" + (n == 1 ? "" : "s") + " in 3 months";
            case ARREARS -> "¥" + n + " in arrears";
            case DAYS_OVERDUE -> "bill " + n + " days overdue";
            case LATE_MONTHS_6M -> "paid late in " + n + " of the last 6 months";
            case COMPETITOR_CALL_SHARE -> percent(value) + "% of calls with competitor networks";
            case FORWARDS -> n + " call" + (n == 1 ? "" : "s") + " forwarded to a competitor number this month";
            case FORWARDS_3M -> n + " call" + (n == 1 ? "" : "s") + " forwarded to competitor numbers in 3 months";
            case CONTACTS -> "calling circle of " + n;
            case COMPETITOR_CONTACT_SHARE -> percent(value) + "% of contacts on competitor networks";
            case COMPETITOR_SHARE_CHANGE_3M -> "contacts on competitor networks " + (value >= 0 ? "up " : "down ")
                    + Math.abs(Math.round(value * 100)) + " points over 3 months";
            case COMPLAINTS_OPEN -> n + " complaint" + (n == 1 ? "" : "s") + " open";
            case COMPLAINTS_OPEN_WEEK -> n + " complaint" + (n == 1 ? "" : "s") + " open over a week";
            case COMPLAINT_DAYS_OPEN -> "complaint open for " + n + " days";
            case COMPLAINTS_3M -> n + " complaint" + (n == 1 ? "" : "s") + " in 3 months";
            case COMPLAINTS_MONTH -> n + " complaint" + (n == 1 ? "" : "s") + " this month";
            case COMPLAINTS_REPEATED -> n + " repeated complaint" + (n == 1 ? "" : "s") + " in 6 months";
            case TENURE -> "on the network " + n + " months";
            case CONTRACT_MONTHS_LEFT -> value >= 0 ? "contract ends in " + n + " months"
                    : "contract ended " + (-n) + " months ago";
            case STARS -> n + "-star level";
            case STARS_CHANGE_3M -> "star level " + (n < 0 ? "down " + (-n) : n > 0 ? "up " + n : "unchanged")
                    + " over 3 months";
            case PREMIUM_NUMBER -> n == 1 ? "premium number" : "ordinary number";
            case BRAND -> "brand " + brands.level(value);
            case CITY -> "lives in " + cities.level(value);
        };
    }

    public static String zh(ChurnFeature feature, float value, CategoryLevels brands, CategoryLevels cities) {
        if (Float.isNaN(value)) {
            return feature.nameZh() + "未知";
        }
        int n = Math.round(value);
        return switch (feature) {
            case SPEND -> "月均消费" + n + "元";
            case SPEND_CHANGE_3M -> changeZh("近3个月", "消费", value);
            case SPEND_CHANGE_6M -> changeZh("近6个月", "消费", value);
            case MINUTES_CHANGE_3M -> changeZh("近3个月", "通话时长", value);
            case MINUTES_CHANGE_6M -> changeZh("近6个月", "通话时长", value);
            case DATA_CHANGE_3M -> changeZh("近3个月", "流量", value);
            case DATA_CHANGE_6M -> changeZh("近6个月", "流量", value);
            case SMS_CHANGE_3M -> changeZh("近3个月", "短信", value);
            case SMS_CHANGE_6M -> changeZh("近6个月", "短信", value);
            case CONTACTS_CHANGE_3M -> "近3个月交往圈" + (value < 0 ? "缩小" : "扩大") + percent(Math.abs(value)) + "%";
            case CONTACTS_CHANGE_6M -> "近6个月交往圈" + (value < 0 ? "缩小" : "扩大") + percent(Math.abs(value)) + "%";
            case SPEND_VOLATILITY -> "月消费波动" + percent(value) + "%";
            case MINUTES_VOLATILITY -> "月通话时长波动" + percent(value) + "%";
            case DATA_VOLATILITY -> "月流量波动" + percent(value) + "%";
            case SMS_VOLATILITY -> "月短信量波动" + percent(value) + "%";
            case MINUTES -> "月均通话" + n + "分钟";
            case DATA -> "月均流量" + n + "MB";
            case SMS -> "月均短信" + n + "条";
            case ROAMING -> "月均漫游" + n + "分钟";
            case ROAMING_SHARE -> "漫游通话占" + percent(value) + "%";
            case VAS_SPEND -> "增值业务消费" + n + "元";
            case VAS_ACTIVE -> "在用增值业务" + n + "项";
            case VAS_UNCONFIRMED -> n + "项未经确认的增值业务在计费";
            case VAS_NEW_3M -> "近3个月新订增值业务" + n + "项";
            case ARREARS -> "欠费" + n + "元";
            case DAYS_OVERDUE -> "账单逾期" + n + "天";
            case LATE_MONTHS_6M -> "近6个月有" + n + "个月逾期缴费";
            case COMPETITOR_CALL_SHARE -> "与他网通话占" + percent(value) + "%";
            case FORWARDS -> "本月" + n + "次呼叫转移至他网号码";
            case FORWARDS_3M -> "近3个月" + n + "次呼叫转移至他网号码";
            case CONTACTS -> "交往圈" + n + "人";
            case COMPETITOR_CONTACT_SHARE -> "交往圈中他网用户占" + percent(value) + "%";
            case COMPETITOR_SHARE_CHANGE_3M -> "近3个月交往圈他网占比" + (value >= 0 ? "上升" : "下降")
                    + Math.abs(Math.round(value * 100)) + "个百分点";
            case COMPLAINTS_OPEN -> n + "件投诉未解决";
            case COMPLAINTS_OPEN_WEEK -> n + "件投诉超过一周未解决";
            case COMPLAINT_DAYS_OPEN -> "投诉已" + n + "天未解决";
            case COMPLAINTS_3M -> "近3个月投诉" + n + "次";
            case COMPLAINTS_MONTH -> "本月投诉" + n + "次";
            case COMPLAINTS_REPEATED -> "近6个月重复投诉" + n + "次";
            case TENURE -> "网龄" + n + "个月";
            case CONTRACT_MONTHS_LEFT -> value >= 0 ? "合约" + n + "个月后到期" : "合约已到期" + (-n) + "个月";
            case STARS -> n + "星级客户";
            case STARS_CHANGE_3M -> "近3个月星级" + (n < 0 ? "下降" + (-n) + "级" : n > 0 ? "上升" + n + "级" : "未变");
            case PREMIUM_NUMBER -> n == 1 ? "靓号用户" : "普通号码";
            case BRAND -> "品牌为" + brands.level(value);
            case CITY -> "所在城市" + cities.level(value);
        };
    }

    private static String change(String what, float value, String over) {
        return what + (value < 0 ? " fell " : " rose ") + percent(Math.abs(value)) + "% over " + over;
    }

    private static String circle(float value, String over) {
        return "calling circle " + (value < 0 ? "shrank " : "grew ") + percent(Math.abs(value)) + "% over " + over;
    }

    private static String changeZh(String over, String what, float value) {
        return over + what + (value < 0 ? "下降" : "上升") + percent(Math.abs(value)) + "%";
    }

    private static int percent(double fraction) {
        return (int) Math.round(fraction * 100);
    }
}
