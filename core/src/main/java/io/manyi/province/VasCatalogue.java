package io.manyi.province;

import java.util.SplittableRandom;

/**
 * Value-added services (增值业务) and the channels they are sold through. Services sold by
 * service providers (梦网 SP) and through WAP pages, SMS replies and outbound calls are the ones
 * subscribers find on their bill without having agreed: those drive "subscribed without
 * knowing" complaints.
 */
final class VasCatalogue {

    record Service(String code, String name, long monthlyFeeFen, double weight, double youthWeight, boolean sp) {
    }

    static final Service[] SERVICES = {
            new Service("CRBT", "彩铃", 500, 30, 20, false),
            new Service("MNEWS", "手机报", 300, 18, 6, false),
            new Service("FETION", "飞信", 0, 10, 14, false),
            new Service("MAIL139", "139邮箱", 500, 8, 4, false),
            new Service("LIFE12580", "12580生活播报", 300, 6, 2, false),
            new Service("MUSIC", "手机音乐", 600, 10, 24, false),
            new Service("MREAD", "手机阅读", 500, 5, 8, true),
            new Service("MVIDEO", "手机视频", 1000, 4, 10, true),
            new Service("MGAME", "手机游戏", 1000, 3, 12, true),
            new Service("SPWEATHER", "梦网天气预报", 200, 6, 2, true)};

    static final String[] CHANNELS = {"SMS", "HALL", "ONLINE", "HOTLINE", "WAP", "OUTBOUND"};
    private static final double[] CHANNEL_WEIGHTS = Draw.cumulative(20, 25, 15, 10, 15, 15);
    /** Share of sales through the channel that the subscriber never knowingly agreed to. */
    private static final double[] UNCONFIRMED = {0.12, 0.02, 0.03, 0.05, 0.30, 0.18};

    private static final double[] WEIGHTS = Draw.cumulative(weights(false));
    private static final double[] YOUTH_WEIGHTS = Draw.cumulative(weights(true));

    private VasCatalogue() {
    }

    static int drawService(SplittableRandom rng, boolean youth) {
        return Draw.pick(rng, youth ? YOUTH_WEIGHTS : WEIGHTS);
    }

    static int drawChannel(SplittableRandom rng) {
        return Draw.pick(rng, CHANNEL_WEIGHTS);
    }

    static boolean confirmed(SplittableRandom rng, int service, int channel) {
        double risk = UNCONFIRMED[channel] * (SERVICES[service].sp() ? 1.5 : 1.0);
        return !Draw.chance(rng, risk);
    }

    private static double[] weights(boolean youth) {
        double[] weights = new double[SERVICES.length];
        for (int i = 0; i < SERVICES.length; i++) {
            weights[i] = youth ? SERVICES[i].youthWeight() : SERVICES[i].weight();
        }
        return weights;
    }
}
