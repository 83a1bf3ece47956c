package io.manyi.province;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A province's tariff catalogue, in the shape China Mobile's brands sold: GoTone business and
 * travel bundles, M-Zone youth and data packs, Easyown local and pay-as-you-go cards, and the
 * 动力100 group bundles. A subscriber holds the dearest plan of their brand that their
 * spending habit covers.
 */
final class PlanCatalogue {

    static final List<Rows.Plan> PLANS = List.of(
            plan("GT-BASIC-58", "全球通基础套餐58元", BrandProfile.GOTONE, 58, 150, 300, 50, "BASIC"),
            plan("GT-DATA-88", "全球通上网套餐88元", BrandProfile.GOTONE, 88, 300, 2048, 100, "DATA"),
            plan("GT-TRAVEL-128", "全球通商旅套餐128元", BrandProfile.GOTONE, 128, 600, 1024, 100, "BUSINESS_TRAVEL"),
            plan("GT-TRAVEL-158", "全球通商旅套餐158元", BrandProfile.GOTONE, 158, 800, 2048, 150, "BUSINESS_TRAVEL"),
            plan("GT-VOICE-188", "全球通畅聊套餐188元", BrandProfile.GOTONE, 188, 1500, 2048, 200, "VOICE"),
            plan("GT-TRAVEL-288", "全球通尊享商旅套餐288元", BrandProfile.GOTONE, 288, 2000, 5120, 300, "BUSINESS_TRAVEL"),
            plan("GT-ELITE-588", "全球通尊享套餐588元", BrandProfile.GOTONE, 588, 4000, 10240, 500, "BUSINESS_TRAVEL"),
            plan("MZ-SMS-10", "动感地带短信套餐10元", BrandProfile.MZONE, 10, 0, 0, 300, "YOUTH"),
            plan("MZ-DATA-18", "动感地带上网套餐18元", BrandProfile.MZONE, 18, 0, 500, 50, "DATA"),
            plan("MZ-MUSIC-28", "动感地带音乐套餐28元", BrandProfile.MZONE, 28, 100, 1024, 200, "YOUTH"),
            plan("MZ-CAMPUS-38", "动感地带校园套餐38元", BrandProfile.MZONE, 38, 200, 2048, 200, "YOUTH"),
            plan("MZ-DATA-58", "动感地带飞享套餐58元", BrandProfile.MZONE, 58, 200, 5120, 100, "DATA"),
            plan("MZ-DATA-88", "动感地带大流量套餐88元", BrandProfile.MZONE, 88, 300, 10240, 100, "DATA"),
            plan("EO-LOCAL-8", "神州行家园卡8元", BrandProfile.EASYOWN, 8, 100, 0, 0, "LOCAL"),
            plan("EO-BASIC-18", "神州行大众卡18元", BrandProfile.EASYOWN, 18, 60, 100, 30, "BASIC"),
            plan("EO-DATA-20", "神州行上网套餐20元", BrandProfile.EASYOWN, 20, 50, 500, 0, "DATA"),
            plan("EO-VOICE-28", "神州行畅听套餐28元", BrandProfile.EASYOWN, 28, 300, 100, 50, "VOICE"),
            plan("EO-LOCAL-38", "神州行本地主叫38元", BrandProfile.EASYOWN, 38, 600, 200, 50, "LOCAL"),
            plan("EO-VOICE-58", "神州行长途畅打58元", BrandProfile.EASYOWN, 58, 800, 500, 100, "VOICE"),
            plan("DL-VNET-38", "动力100集团V网38元", BrandProfile.DONGLI100, 38, 300, 300, 100, "GROUP"),
            plan("DL-BIZ-58", "动力100商务套餐58元", BrandProfile.DONGLI100, 58, 500, 1024, 100, "GROUP"),
            plan("DL-INFO-88", "动力100集团信息化套餐88元", BrandProfile.DONGLI100, 88, 800, 2048, 200, "GROUP"));

    private PlanCatalogue() {
    }

    /**
     * The plan of the brand whose fee best fits a monthly spend: the dearest one at or below a
     * share (70-100%) of the spend, or the cheapest when none is. Heavy roamers among GoTone
     * users lean to the business-travel bundles, data lovers to data plans.
     */
    static Rows.Plan choose(SplittableRandom rng, BrandProfile brand, double arpuYuan, boolean roamer,
                            boolean dataLover) {
        double budgetFen = arpuYuan * Draw.uniform(rng, 0.70, 1.0) * 100;
        Rows.Plan best = null;
        for (Rows.Plan plan : PLANS) {
            if (!plan.brand().equals(brand.code()) || plan.monthlyFeeFen() > budgetFen) {
                continue;
            }
            if (best == null || plan.monthlyFeeFen() > best.monthlyFeeFen()
                    || plan.monthlyFeeFen() == best.monthlyFeeFen() && fits(plan, roamer, dataLover)) {
                best = plan;
            }
        }
        if (best != null && !fits(best, roamer, dataLover)) {
            for (Rows.Plan plan : PLANS) {
                boolean close = plan.monthlyFeeFen() >= best.monthlyFeeFen() * 0.6;
                if (plan.brand().equals(brand.code()) && close && plan.monthlyFeeFen() <= best.monthlyFeeFen()
                        && fits(plan, roamer, dataLover) && Draw.chance(rng, 0.6)) {
                    best = plan;
                    break;
                }
            }
        }
        return best != null ? best : cheapest(brand);
    }

    static Rows.Plan cheapest(BrandProfile brand) {
        return PLANS.stream().filter(p -> p.brand().equals(brand.code()))
                .min(Comparator.comparingLong(Rows.Plan::monthlyFeeFen)).orElseThrow();
    }

    private static boolean fits(Rows.Plan plan, boolean roamer, boolean dataLover) {
        return roamer && plan.category().equals("BUSINESS_TRAVEL") || dataLover && plan.category().equals("DATA");
    }

    private static Rows.Plan plan(String code, String name, BrandProfile brand, int feeYuan, int voice, int dataMb,
                                  int sms, String category) {
        return new Rows.Plan(code, name, brand.code(), feeYuan * 100L, voice, dataMb, sms, category);
    }
}
