package io.manyi.province;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Everything about one subscriber that does not change month to month: who they are, their
 * number and plan, their habits (the medians their monthly usage varies around), how they pay,
 * and their latent propensity to leave, which no export shows.
 */
final class SubscriberProfile {

    enum Payer { PUNCTUAL, OCCASIONAL, CHRONIC }

    BrandProfile brand;
    Geography.City city;
    Geography.District district;
    char gender;
    LocalDate birthDate;
    LocalDate activatedOn;
    String msisdn;
    String name;
    String idNumber;
    boolean premiumNumber;
    boolean migrant;
    double arpuYuan;
    Rows.Plan plan;
    LocalDate contractEnd;
    Payer payer;
    /** Latent disloyalty, standard normal: the part of churn risk that no data reveals. */
    double propensity;
    double voiceMinutes;
    double longDistanceShare;
    double roamingShare;
    double sms;
    double dataMb;
    double contacts;
    double competitorShare;
    /** Forwards calls to a family member's number on another network, churn or not. */
    boolean habitualForwarder;

    private SubscriberProfile() {
    }

    /** A subscriber drawn at random; {@code activatedIn} is null for one already on the network at the window's start. */
    static SubscriberProfile draw(SplittableRandom rng, ProvinceSpec spec, YearMonth activatedIn,
                                  MsisdnPool numbers) {
        SubscriberProfile p = new SubscriberProfile();
        p.brand = BrandProfile.draw(rng);
        BrandProfile brand = p.brand;
        p.city = Geography.drawCity(rng);
        p.district = Geography.drawDistrict(rng, p.city);
        p.gender = Draw.chance(rng, brand == BrandProfile.GOTONE ? 0.62 : 0.52) ? 'M' : 'F';
        LocalDate start = spec.firstMonth().atDay(1);
        double age = Draw.clamp(Draw.normal(rng, brand.ageMean, brand.ageSd), brand.ageMin, brand.ageMax);
        p.birthDate = start.minusDays((long) (age * 365.25) + rng.nextInt(365));
        p.activatedOn = activatedIn != null
                ? activatedIn.atDay(1 + rng.nextInt(activatedIn.lengthOfMonth()))
                : activation(rng, brand, start, p.birthDate);
        String birthplace = Geography.birthplaceCode(rng, p.city, p.district);
        p.migrant = !Geography.bornInGuangdong(birthplace);
        p.idNumber = IdNumbers.of(birthplace, p.birthDate, rng.nextInt(1_000_000), p.gender);
        p.name = ChineseNames.person(rng, p.gender);
        p.premiumNumber = Draw.chance(rng, brand.premiumNumberShare);
        p.msisdn = p.premiumNumber ? numbers.premium(rng, p.activatedOn) : numbers.normal(rng, p.activatedOn);
        p.arpuYuan = Draw.logNormal(rng, brand.arpuMedianYuan, brand.arpuSigma);
        p.voiceMinutes = Draw.logNormal(rng, brand.voiceMedianMinutes, 0.6);
        p.longDistanceShare = Draw.clamp(Draw.logNormal(rng, 0.12, 0.5), 0.01, 0.4);
        p.roamingShare = Draw.clamp(Draw.logNormal(rng, brand.roamingShare, 0.8), 0.0, 0.6);
        p.sms = Draw.logNormal(rng, brand.smsMedian, 0.7);
        p.dataMb = Draw.logNormal(rng, brand.dataMedianMb, 1.0);
        p.contacts = Draw.logNormal(rng, brand.contactsMedian, 0.45);
        p.competitorShare = Draw.clamp(Draw.normal(rng, 0.22 + 0.06 * (p.city.competition() - 1), 0.07), 0.02, 0.6);
        p.habitualForwarder = Draw.chance(rng, 0.02);
        p.plan = PlanCatalogue.choose(rng, brand, p.arpuYuan, p.roamingShare > 0.2, p.dataMb > 3000);
        p.contractEnd = Draw.chance(rng, brand.contractShare)
                ? start.plusDays(rng.nextInt(-180, 30 * (spec.months() + 18))) : null;
        double u = rng.nextDouble();
        p.payer = u < 0.87 ? Payer.PUNCTUAL : u < 0.97 ? Payer.OCCASIONAL : Payer.CHRONIC;
        p.propensity = rng.nextGaussian();
        return p;
    }

    /** Tenure: a brand's minimum plus an exponential tail, not before the brand existed or the owner was 15. */
    private static LocalDate activation(SplittableRandom rng, BrandProfile brand, LocalDate start,
                                        LocalDate birthDate) {
        LocalDate earliest = brand.launched.atDay(1);
        LocalDate fifteen = birthDate.plusYears(15);
        if (fifteen.isAfter(earliest)) {
            earliest = fifteen;
        }
        LocalDate latest = start.minusDays(1);
        double months = brand.tenureMinMonths - brand.tenureMeanExtraMonths * Math.log(1 - rng.nextDouble());
        LocalDate activated = start.minusDays((long) (months * 30.44) + 1);
        if (activated.isBefore(earliest)) {
            long span = ChronoUnit.DAYS.between(earliest, latest);
            activated = span > 0 ? earliest.plusDays(rng.nextLong(span)) : latest;
        }
        return activated;
    }

    /** Whole months on the network at the start of {@code month}. */
    int tenureMonths(YearMonth month) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(YearMonth.from(activatedOn), month));
    }
}
