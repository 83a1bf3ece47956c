package io.manyi.province;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Complaint tickets: channel, category, severity, a description in the agent's words, and how
 * long they stay open. Most close within a day or two; some drag on for weeks; a few are never
 * closed. Ticket numbers run in generation order, so the same seed gives the same numbers.
 */
final class ComplaintDesk {

    static final String VAS_UNKNOWING = "VAS_UNKNOWING_SUBSCRIPTION";

    private static final String[] CATEGORIES = {
            "NETWORK_SLOW", "NETWORK_NO_SIGNAL", "CALL_DROP", "BILLING_ERROR", "BILLING_DISPUTE_DATA",
            "SERVICE_ATTITUDE", "HALL_WAIT", "PLAN_CHANGE_FAILED", "SPAM_SMS", "POINTS_REDEMPTION", "NUMBER_PORTING",
            VAS_UNKNOWING};
    private static final double[] EVERYDAY = Draw.cumulative(20, 12, 8, 12, 10, 8, 6, 6, 8, 4, 1, 4);
    /** What someone on the way out complains about: the bill, the network, how to leave. */
    private static final double[] LEAVING = Draw.cumulative(14, 8, 6, 18, 16, 6, 3, 10, 2, 2, 12, 3);

    private static final String[][] DESCRIPTIONS = {
            {"客户反映上网速度慢，视频无法正常播放", "客户称在家中4G网络很慢, 要求尽快处理"},
            {"客户反映住所附近无信号，无法正常通话", "客户称地下车库\"完全没有信号\""},
            {"客户反映通话中经常掉线", "客户称一天内掉话多次，影响工作"},
            {"客户对本月账单费用有疑问，认为多收费", "客户称套餐外费用计算错误, 要求退还"},
            {"客户对流量费用有异议，称未使用这么多流量", "客户收到流量超出提醒后质疑计费"},
            {"客户对营业员服务态度不满", "客户称10086话务员\"态度生硬\""},
            {"客户反映营业厅排队时间过长", "客户称在营业厅等候超过一小时"},
            {"客户申请变更套餐未成功", "客户称套餐变更后仍按原套餐收费"},
            {"客户反映收到大量垃圾短信", "客户要求屏蔽营销短信"},
            {"客户反映积分兑换礼品未到账", "客户称积分被扣除但未收到兑换商品"},
            {"客户咨询携号转网并对办理限制不满", "客户要求解除合约办理销户"},
            {"客户反映未经同意被开通增值业务，要求取消并退费", "客户称\"从未订购\"该业务, 要求全额退费"}};

    private static final String[] CHANNELS = {"HOTLINE", "HALL", "ONLINE", "SMS", "REGULATOR"};
    private static final double[] CHANNEL_WEIGHTS = Draw.cumulative(68, 12, 10, 6, 4);
    private static final String[] SEVERITIES = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
    private static final double[] SEVERITY_WEIGHTS = Draw.cumulative(45, 35, 15, 5);
    private static final double[] MEDIAN_HOURS = {8, 30, 72, 120};

    private final LocalDateTime asOf;
    private long serial;

    ComplaintDesk(LocalDateTime asOf) {
        this.asOf = asOf;
    }

    Rows.Complaint open(SplittableRandom rng, String msisdn, LocalDateTime openedAt, boolean leaving, boolean vas) {
        int category = vas ? CATEGORIES.length - 1 : Draw.pick(rng, leaving ? LEAVING : EVERYDAY);
        int channel = Draw.pick(rng, CHANNEL_WEIGHTS);
        int severity = Draw.pick(rng, SEVERITY_WEIGHTS);
        if (CHANNELS[channel].equals("REGULATOR")) {
            severity = Math.max(severity, 2); // a complaint to the regulator is never minor
        }
        LocalDateTime closedAt = closing(rng, openedAt, severity);
        String[] texts = DESCRIPTIONS[category];
        serial++;
        return new Rows.Complaint("TS" + Organisation.pad((int) (serial % 1_000_000_000L), 10), msisdn,
                CHANNELS[channel], CATEGORIES[category], SEVERITIES[severity], openedAt, closedAt,
                texts[rng.nextInt(texts.length)]);
    }

    /** Quick for most, weeks for some, never for a few; null when still open at the export. */
    private LocalDateTime closing(SplittableRandom rng, LocalDateTime openedAt, int severity) {
        double u = rng.nextDouble();
        if (u < 0.04) {
            return null;
        }
        long minutes = u < 0.16
                ? (long) (Draw.uniform(rng, 10, 90) * 24 * 60)
                : (long) Math.max(15, Draw.logNormal(rng, MEDIAN_HOURS[severity], 0.9) * 60);
        LocalDateTime closedAt = openedAt.plusMinutes(minutes);
        return closedAt.isBefore(asOf) ? closedAt : null;
    }
}
