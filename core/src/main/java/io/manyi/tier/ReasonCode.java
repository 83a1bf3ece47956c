package io.manyi.tier;

/**
 * Why an assessment came out as it did. Each code has a Chinese and an English sentence with
 * numbered arguments ({@link Reason#args()}); a scoring reason ends with its points.
 */
public enum ReasonCode {
    TENURE(true, "网龄{0}年", "tenure {0} years"),
    AVERAGE_SPEND(true, "近{1}个月平均消费{0}元", "average spend {0} yuan over {1} months"),
    SPEND_VARIATION(true, "月消费波动{0}%", "spend varies {0}% month to month"),
    SPEND_HISTORY_SHORT(true, "消费记录仅{0}个月，不计稳定性", "only {0} months of spend, stability not counted"),
    ARREARS(true, "{0}欠费{1}元", "arrears in {0}: {1} yuan"),
    SERIOUS_OVERDUE(true, "{0}账单逾期{1}天", "bill of {0} overdue {1} days"),
    SCORE(false, "总分{0}分，达到{1}星标准", "score {0}: {1}-star standard"),
    FIRST_ASSESSMENT(false, "首次评定为{0}星", "first assessment: {0} stars"),
    UPGRADED(false, "由{0}星升为{1}星，立即生效", "up from {0} to {1} stars, at once"),
    DOWNGRADED(false, "连续{2}个月低于{0}星标准，降为{1}星", "below {0} stars for {2} months: down to {1} stars"),
    HELD(false, "已连续{1}个月低于{0}星标准（满{2}个月才降级），保留{0}星",
            "below {0} stars for {1} of {2} months needed for a downgrade: {0} stars kept");

    private final boolean scoring;
    private final String zh;
    private final String en;

    ReasonCode(boolean scoring, String zh, String en) {
        this.scoring = scoring;
        this.zh = zh;
        this.en = en;
    }

    /** True when the sentence carries points (": +20"). */
    public boolean scoring() {
        return scoring;
    }

    String pattern(boolean chinese) {
        return chinese ? zh : en;
    }
}
