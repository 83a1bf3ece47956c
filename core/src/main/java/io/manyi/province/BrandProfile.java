package io.manyi.province;

import java.time.YearMonth;

/**
 * How subscribers of each brand differ: share of the base, spend (ARPU, log-normal), age,
 * tenure, habits and baseline churn. GoTone is the business flagship (high spend, long
 * tenure, loyal), M-Zone the youth brand (texts, data, music, restless), Easyown the
 * price-sensitive mass market; 动力100 is the group brand of small firms' staff.
 */
enum BrandProfile {
    //                share  arpu  sd   age sd  min max  tenure  launched voice  sms  data  contacts roam  group contr prem  vas  rand    intent compl
    /** 全球通. */
    GOTONE(0.100, 190, 0.30, 42, 9, 22, 75, 12, 70, 1996, 520, 60, 2500, 85, 0.12, 0.35, 0.45, 0.10, 1.8, 0.0010, 0.60, 1.4),
    /** 动感地带. */
    MZONE(0.300, 58, 0.35, 24, 5, 15, 45, 1, 28, 2003, 160, 180, 4000, 60, 0.05, 0.03, 0.20, 0.02, 2.4, 0.0030, 1.30, 0.9),
    /** 神州行. */
    EASYOWN(0.585, 33, 0.40, 40, 14, 16, 85, 1, 40, 2001, 210, 40, 700, 40, 0.05, 0.06, 0.10, 0.02, 0.9, 0.0028, 1.10, 0.9),
    /** 动力100. */
    DONGLI100(0.015, 70, 0.30, 36, 9, 20, 65, 3, 36, 2005, 380, 50, 1800, 70, 0.08, 1.00, 0.50, 0.02, 1.5, 0.0012, 0.60, 1.0);

    final double share;
    final double arpuMedianYuan;
    final double arpuSigma;
    final double ageMean;
    final double ageSd;
    final int ageMin;
    final int ageMax;
    final int tenureMinMonths;
    final double tenureMeanExtraMonths;
    final YearMonth launched;
    final double voiceMedianMinutes;
    final double smsMedian;
    final double dataMedianMb;
    final double contactsMedian;
    final double roamingShare;
    final double groupMemberShare;
    final double contractShare;
    final double premiumNumberShare;
    final double vasMean;
    /** Monthly hazard of leaving for reasons no data shows (moving away, a second phone dropped...). */
    final double randomChurnRate;
    /** Multiplier on the rate at which a subscriber starts to consider leaving. */
    final double intentFactor;
    /** Multiplier on the base complaint rate: GoTone customers expect more and say so. */
    final double complaintFactor;

    BrandProfile(double share, double arpuMedianYuan, double arpuSigma, double ageMean,
                 double ageSd, int ageMin, int ageMax, int tenureMinMonths, double tenureMeanExtraMonths,
                 int launchedYear, double voiceMedianMinutes, double smsMedian, double dataMedianMb,
                 double contactsMedian, double roamingShare, double groupMemberShare, double contractShare,
                 double premiumNumberShare, double vasMean, double randomChurnRate, double intentFactor,
                 double complaintFactor) {
        this.share = share;
        this.arpuMedianYuan = arpuMedianYuan;
        this.arpuSigma = arpuSigma;
        this.ageMean = ageMean;
        this.ageSd = ageSd;
        this.ageMin = ageMin;
        this.ageMax = ageMax;
        this.tenureMinMonths = tenureMinMonths;
        this.tenureMeanExtraMonths = tenureMeanExtraMonths;
        this.launched = YearMonth.of(launchedYear, 3);
        this.voiceMedianMinutes = voiceMedianMinutes;
        this.smsMedian = smsMedian;
        this.dataMedianMb = dataMedianMb;
        this.contactsMedian = contactsMedian;
        this.roamingShare = roamingShare;
        this.groupMemberShare = groupMemberShare;
        this.contractShare = contractShare;
        this.premiumNumberShare = premiumNumberShare;
        this.vasMean = vasMean;
        this.randomChurnRate = randomChurnRate;
        this.intentFactor = intentFactor;
        this.complaintFactor = complaintFactor;
    }

    /** The brand code used in the CSV files. */
    String code() {
        return name();
    }

    private static final double[] SHARES = Draw.cumulative(GOTONE.share, MZONE.share, EASYOWN.share, DONGLI100.share);

    static BrandProfile draw(java.util.SplittableRandom rng) {
        return values()[Draw.pick(rng, SHARES)];
    }
}
