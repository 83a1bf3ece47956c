package io.manyi.loyalty;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** What the operator owes a merchant for a month: its captured payments, at {@code yuanPerPoint}. */
public record Settlement(String merchant, YearMonth month, BigDecimal yuanPerPoint, long payments, long points,
                         BigDecimal amountYuan, List<Authorisation> lines) {
}
