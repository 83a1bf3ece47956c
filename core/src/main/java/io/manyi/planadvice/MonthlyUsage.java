package io.manyi.planadvice;

/** One month of a subscriber's usage, as the advice needs it (money in fen). */
public record MonthlyUsage(long spendFen, int localMinutes, int longDistanceMinutes, int roamingMinutes, int sms,
                           int dataMb, long vasSpendFen) {

    public int voiceMinutes() {
        return localMinutes + longDistanceMinutes + roamingMinutes;
    }
}
