package io.manyi.tier;

import java.math.BigDecimal;

/** The text message a subscriber receives when their star level changes, in Chinese and English. */
public record StarNotice(String zh, String en) {

    private static final String[] ZH = {"零星", "一星", "二星", "三星", "四星", "五星"};
    private static final String[] EN = {"zero-star", "one-star", "two-star", "three-star", "four-star", "five-star"};

    public static StarNotice of(int from, int to, LevelPrivileges privileges) {
        BigDecimal line = privileges.creditLineYuan();
        boolean credit = line.signum() > 0;
        String amount = line.stripTrailingZeros().toPlainString();
        if (to > from) {
            return new StarNotice(
                    "您已成为" + starsZh(to) + "客户" + (credit ? "，享有" + amount + "元信用额度" : "") + "。",
                    "You are now a " + starsEn(to) + " customer" + (credit ? " with a " + amount + "-yuan credit line" : "") + ".");
        }
        return new StarNotice(
                "您的客户星级已调整为" + starsZh(to) + (credit ? "，信用额度" + amount + "元" : "") + "。",
                "Your customer level is now " + starsEn(to) + (credit ? ", with a " + amount + "-yuan credit line" : "") + ".");
    }

    static String starsZh(int stars) {
        return ZH[stars];
    }

    static String starsEn(int stars) {
        return EN[stars];
    }
}
