package io.manyi.tier;

import java.math.BigDecimal;

/**
 * May a subscriber whose balance is {@code balanceYuan} keep service? Yes while the balance is not
 * below minus the credit line of their star level (a non-negative balance always may).
 */
public final class CreditCheck {

    private CreditCheck() {
    }

    public static CreditDecision check(int stars, BigDecimal balanceYuan, Privileges privileges) {
        BigDecimal limit = privileges.of(stars).creditLineYuan();
        String balance = balanceYuan.stripTrailingZeros().toPlainString();
        String line = limit.stripTrailingZeros().toPlainString();
        if (balanceYuan.signum() >= 0) {
            return new CreditDecision(true, limit, stars, "余额" + balance + "元，无欠费",
                    "balance " + balance + " yuan is not negative");
        }
        boolean allowed = balanceYuan.negate().compareTo(limit) <= 0;
        if (limit.signum() == 0) {
            return new CreditDecision(false, limit, stars,
                    "余额" + balance + "元，" + StarNotice.starsZh(stars) + "客户无信用额度",
                    "balance " + balance + " yuan and a " + StarNotice.starsEn(stars) + " customer has no credit line");
        }
        return new CreditDecision(allowed, limit, stars,
                "余额" + balance + "元，" + (allowed ? "在" : "超出") + StarNotice.starsZh(stars) + "客户" + line + "元信用额度"
                        + (allowed ? "内" : ""),
                "balance " + balance + " yuan is " + (allowed ? "within" : "beyond") + " the " + line
                        + "-yuan credit line of a " + StarNotice.starsEn(stars) + " customer");
    }
}
