package io.manyi.moments;

import java.time.YearMonth;

/** One month of a subscriber's usage as the rules read it. Money in fen. */
public record MonthUsage(YearMonth month, long spendFen, int voiceMinutes, int roamingMinutes, int dataMb) {
}
