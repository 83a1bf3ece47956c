package io.manyi.churn;

/**
 * The model's inputs for a subscriber as at the end of a month, in column order (docs/churn.md,
 * "Monthly features", defines each). "Change over 3 months" is the month against the average of
 * the three before it; "change over 6 months" is the last three months' average against the
 * three before those; "volatility" is the coefficient of variation over the last six months.
 * Ratios are fractions (-0.45 = fell 45%); shares are 0..1; money is yuan.
 */
public enum ChurnFeature {
    SPEND("spend", "average monthly spend", "月均消费"),
    SPEND_CHANGE_3M("spend_change_3m", "spend change over 3 months", "近3个月消费变化"),
    SPEND_CHANGE_6M("spend_change_6m", "spend change over 6 months", "近6个月消费变化"),
    SPEND_VOLATILITY("spend_volatility", "spend volatility", "消费波动"),
    MINUTES("minutes", "average monthly call minutes", "月均通话分钟"),
    MINUTES_CHANGE_3M("minutes_change_3m", "call minutes change over 3 months", "近3个月通话时长变化"),
    MINUTES_CHANGE_6M("minutes_change_6m", "call minutes change over 6 months", "近6个月通话时长变化"),
    MINUTES_VOLATILITY("minutes_volatility", "call minutes volatility", "通话时长波动"),
    DATA("data", "average monthly data (MB)", "月均流量(MB)"),
    DATA_CHANGE_3M("data_change_3m", "data use change over 3 months", "近3个月流量变化"),
    DATA_CHANGE_6M("data_change_6m", "data use change over 6 months", "近6个月流量变化"),
    DATA_VOLATILITY("data_volatility", "data use volatility", "流量波动"),
    SMS("sms", "average monthly texts", "月均短信"),
    SMS_CHANGE_3M("sms_change_3m", "texts change over 3 months", "近3个月短信变化"),
    SMS_CHANGE_6M("sms_change_6m", "texts change over 6 months", "近6个月短信变化"),
    SMS_VOLATILITY("sms_volatility", "texts volatility", "短信波动"),
    ROAMING("roaming", "average monthly roaming minutes", "月均漫游分钟"),
    ROAMING_SHARE("roaming_share", "roaming share of minutes", "漫游通话占比"),
    VAS_SPEND("vas_spend", "value-added services spend", "增值业务消费"),
    VAS_ACTIVE("vas_active", "value-added services active", "在用增值业务数"),
    VAS_UNCONFIRMED("vas_unconfirmed", "unconfirmed services billing", "未确认的计费增值业务数"),
    VAS_NEW_3M("vas_new_3m", "services taken in 3 months", "近3个月新订增值业务数"),
    ARREARS("arrears", "arrears", "欠费金额"),
    DAYS_OVERDUE("days_overdue", "days overdue", "欠费天数"),
    LATE_MONTHS_6M("late_months_6m", "months overdue in the last 6", "近6个月逾期月数"),
    COMPETITOR_CALL_SHARE("competitor_call_share", "share of calls with competitor networks", "与他网通话占比"),
    FORWARDS("forwards", "calls forwarded to competitor numbers this month", "本月呼叫转移至他网次数"),
    FORWARDS_3M("forwards_3m", "calls forwarded to competitor numbers in 3 months", "近3个月呼叫转移至他网次数"),
    CONTACTS("contacts", "calling circle size", "交往圈人数"),
    CONTACTS_CHANGE_3M("contacts_change_3m", "calling circle change over 3 months", "近3个月交往圈变化"),
    CONTACTS_CHANGE_6M("contacts_change_6m", "calling circle change over 6 months", "近6个月交往圈变化"),
    COMPETITOR_CONTACT_SHARE("competitor_contact_share", "share of contacts on competitor networks", "交往圈他网占比"),
    COMPETITOR_SHARE_CHANGE_3M("competitor_share_change_3m", "competitor share change over 3 months",
            "近3个月他网占比变化"),
    COMPLAINTS_OPEN("complaints_open", "complaints open", "未解决投诉数"),
    COMPLAINTS_OPEN_WEEK("complaints_open_week", "complaints open over a week", "超过一周未解决投诉数"),
    COMPLAINT_DAYS_OPEN("complaint_days_open", "days the oldest open complaint has been open", "最久未解决投诉天数"),
    COMPLAINTS_3M("complaints_3m", "complaints in 3 months", "近3个月投诉数"),
    COMPLAINTS_MONTH("complaints_month", "complaints this month", "本月投诉数"),
    COMPLAINTS_REPEATED("complaints_repeated", "repeated complaints in 6 months", "近6个月重复投诉数"),
    TENURE("tenure", "tenure (months)", "网龄(月)"),
    CONTRACT_MONTHS_LEFT("contract_months_left", "months to contract end", "距合约到期月数"),
    STARS("stars", "star level", "星级"),
    STARS_CHANGE_3M("stars_change_3m", "star level change over 3 months", "近3个月星级变化"),
    PREMIUM_NUMBER("premium_number", "premium number", "靓号"),
    BRAND("brand", "brand", "品牌"),
    CITY("city", "city", "城市");

    private final String key;
    private final String en;
    private final String zh;

    ChurnFeature(String key, String en, String zh) {
        this.key = key;
        this.en = en;
        this.zh = zh;
    }

    /** The column name in the model file and the report. */
    public String key() {
        return key;
    }

    public String nameEn() {
        return en;
    }

    public String nameZh() {
        return zh;
    }

    public boolean categorical() {
        return this == BRAND || this == CITY;
    }

    private static final ChurnFeature[] ALL = values();

    public static int count() {
        return ALL.length;
    }

    public static ChurnFeature at(int column) {
        return ALL[column];
    }
}
