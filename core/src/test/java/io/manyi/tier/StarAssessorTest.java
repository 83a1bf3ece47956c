package io.manyi.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StarAssessorTest {

    private final StarRules rules = StarRules.defaults();
    private final StarAssessor assessor = new StarAssessor(rules);
    private final YearMonth month = Facts.MONTH;

    @Test
    void scoresTenureSpendAndStabilityFromTheDefaults() {
        // 9 years: 20; 186 yuan: 40; steady spend: 10 -> 70 = five stars.
        StarAssessment a = assessor.assess(Facts.steady(186).tenureYears(9).build(), month, null);

        assertThat(a.parts()).isEqualTo(new ScoreParts(20, 40, 10, 0));
        assertThat(a.score()).isEqualTo(70);
        assertThat(a.stars()).isEqualTo(5);
        assertThat(a.candidateStars()).isEqualTo(5);
        assertThat(a.averageSpendFen()).isEqualTo(18_600);
        assertThat(a.changed()).isFalse();
    }

    @Test
    void levelBoundariesAreInclusive() {
        assertThat(rules.starsFor(9)).isZero();
        assertThat(rules.starsFor(10)).isEqualTo(1);
        assertThat(rules.starsFor(54)).isEqualTo(3);
        assertThat(rules.starsFor(55)).isEqualTo(4);
        assertThat(rules.starsFor(70)).isEqualTo(5);
        assertThat(rules.starsFor(500)).isEqualTo(5);
        // Spend bands: 179.99 is below the 180 band, 180.00 in it.
        assertThat(assessor.assess(Facts.steady(180).build(), month, null).parts().spend()).isEqualTo(40);
        StarAssessment justBelow = assessor.assess(steadyFen(17_999).build(), month, null);
        assertThat(justBelow.parts().spend()).isEqualTo(30);
        // Tenure: the eighth anniversary on the month's last day counts, the day after does not.
        assertThat(assessor.assess(Facts.steady(50).activatedOn(month.atEndOfMonth().minusYears(8)).build(), month, null)
                .parts().tenure()).isEqualTo(20);
        assertThat(assessor.assess(Facts.steady(50).activatedOn(month.atEndOfMonth().minusYears(8).plusDays(1)).build(),
                month, null).parts().tenure()).isEqualTo(15);
    }

    @Test
    void unsteadySpendEarnsLessAndShortHistoryNothing() {
        Facts jumpy = Facts.steady(100);
        for (int i = 0; i < 12; i += 2) {
            jumpy.spendIn(month.minusMonths(i), 16_000); // 100 and 160 alternate: variation about 23%
        }
        StarAssessment a = assessor.assess(jumpy.build(), month, null);
        assertThat(a.parts().stability()).isEqualTo(3);

        StarAssessment shortHistory = assessor.assess(Facts.steady(100).onlyLast(2).build(), month, null);
        assertThat(shortHistory.parts().stability()).isZero();
        assertThat(shortHistory.reasons()).extracting(Reason::code).contains(ReasonCode.SPEND_HISTORY_SHORT);
    }

    @Test
    void arrearsCostPointsAndNameTheMonth() {
        YearMonth march = YearMonth.of(2026, 3);
        StarAssessment a = assessor.assess(Facts.steady(186).arrears(march, 112, 75).build(), month, null);

        assertThat(a.parts().arrears()).isEqualTo(-8 - 15);
        assertThat(a.stars()).isEqualTo(3); // 70 - 23 = 47
        List<String> en = a.reasons().stream().map(r -> r.render(Locale.ENGLISH)).toList();
        assertThat(en).contains("tenure 9 years: +20", "average spend 186 yuan over 12 months: +40",
                "arrears in 2026-03: 112 yuan: -8", "bill of 2026-03 overdue 75 days: -15");
        List<String> zh = a.reasons().stream().map(r -> r.render(Locale.CHINESE)).toList();
        assertThat(zh).contains("网龄9年：+20", "近12个月平均消费186元：+40", "2026-03欠费112元：-8");
    }

    @Test
    void arrearsWithinTheToleranceAndOutsideTheYearDoNotCount() {
        Facts facts = Facts.steady(186).arrears(month.minusMonths(1), 1, 5);
        List<MonthFacts> withOld = new java.util.ArrayList<>(facts.build().months());
        withOld.addFirst(new MonthFacts(month.minusMonths(12), true, 18_600, 50_000, 90));
        SubscriberFacts subscriber = new SubscriberFacts("1", "GOTONE", "广州", facts.build().activatedOn(), withOld);

        assertThat(assessor.assess(subscriber, month, null).parts().arrears()).isZero();
    }

    @Test
    void upgradesAtOnce() {
        StarAssessment a = assessor.assess(Facts.steady(186).build(), month, new StarState(3, 2));

        assertThat(a.stars()).isEqualTo(5);
        assertThat(a.monthsBelow()).isZero();
        assertThat(a.changed()).isTrue();
        assertThat(a.reasons().getLast().render(Locale.ENGLISH)).isEqualTo("up from 3 to 5 stars, at once");
    }

    @Test
    void downgradesOnlyAfterThreeConsecutiveMonthsBelow() {
        SubscriberFacts threeStarFacts = Facts.steady(100).build(); // 20 + 20 + 10 = 50: three stars
        StarState state = new StarState(5, 0);
        int candidate = assessor.assess(threeStarFacts, month, null).candidateStars();
        assertThat(candidate).isLessThan(5);

        StarAssessment first = assessor.assess(threeStarFacts, month, state);
        assertThat(first.stars()).isEqualTo(5);
        assertThat(first.monthsBelow()).isEqualTo(1);
        assertThat(first.changed()).isFalse();
        assertThat(first.reasons().getLast().render(Locale.ENGLISH))
                .isEqualTo("below 5 stars for 1 of 3 months needed for a downgrade: 5 stars kept");

        StarAssessment second = assessor.assess(threeStarFacts, month, first.state());
        assertThat(second.stars()).isEqualTo(5);
        assertThat(second.monthsBelow()).isEqualTo(2);

        StarAssessment third = assessor.assess(threeStarFacts, month, second.state());
        assertThat(third.stars()).isEqualTo(candidate);
        assertThat(third.monthsBelow()).isZero();
        assertThat(third.changed()).isTrue();
        assertThat(third.reasons().getLast().code()).isEqualTo(ReasonCode.DOWNGRADED);
    }

    @Test
    void aMonthBackAtTheLevelResetsTheCount() {
        SubscriberFacts low = Facts.steady(100).build();
        SubscriberFacts high = Facts.steady(186).build();

        StarAssessment below1 = assessor.assess(low, month, new StarState(5, 0));
        StarAssessment below2 = assessor.assess(low, month, below1.state());
        StarAssessment back = assessor.assess(high, month, below2.state());
        assertThat(back.monthsBelow()).isZero();
        StarAssessment belowAgain = assessor.assess(low, month, back.state());
        assertThat(belowAgain.stars()).isEqualTo(5);
        assertThat(belowAgain.monthsBelow()).isEqualTo(1);
    }

    @Test
    void downgradeAfterIsASetting() {
        StarRules atOnce = new StarRules(rules.tenureYears(), rules.averageSpendYuan(), rules.spendVariationAtMost(),
                rules.minMonthsForStability(), rules.arrearsMonthPoints(), rules.arrearsToleranceYuan(),
                rules.seriousOverdueDays(), rules.seriousOverduePoints(), rules.starThresholds(), 1);
        StarAssessment a = new StarAssessor(atOnce).assess(Facts.steady(100).build(), month, new StarState(5, 0));
        assertThat(a.stars()).isLessThan(5);
    }

    @Test
    void reasonsAreNeverEmptyEvenWithoutAnyUsage() {
        StarAssessment a = assessor.assess(Facts.steady(0).onlyLast(0).tenureYears(0).build(), month, null);
        assertThat(a.stars()).isZero();
        assertThat(a.reasons()).isNotEmpty();
        assertThat(a.reasons().getFirst().render(Locale.CHINESE)).isEqualTo("网龄0年：0");
    }

    @Test
    void sameFactsGiveTheSameAssessment() {
        Random random = new Random(42);
        for (int n = 0; n < 200; n++) {
            Facts facts = Facts.steady(20 + random.nextInt(400)).tenureYears(random.nextInt(20));
            if (random.nextBoolean()) {
                facts.arrears(month.minusMonths(random.nextInt(12)), 1 + random.nextInt(300), random.nextInt(120));
            }
            SubscriberFacts built = facts.build();
            StarState previous = random.nextBoolean() ? null : new StarState(random.nextInt(6), random.nextInt(3));
            StarAssessment once = assessor.assess(built, month, previous);
            assertThat(new StarAssessor(StarRules.defaults()).assess(built, month, previous)).isEqualTo(once);
            assertThat(once.stars()).isBetween(0, 5);
            // The level in force is never below the candidate (upgrades are immediate).
            assertThat(once.stars()).isGreaterThanOrEqualTo(once.candidateStars());
        }
    }

    @Test
    void refusesUnusableRules() {
        StarRules bad = new StarRules(List.of(new Band(3, 1), new Band(1, 2)), rules.averageSpendYuan(),
                rules.spendVariationAtMost(), 3, 5, 1, 60, -15, List.of(10, 10, 40, 55, 70), 0);
        assertThat(bad.problems()).hasSize(4);
        assertThatThrownBy(() -> new StarAssessor(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThat(StarRules.defaults().problems()).isEmpty();
    }

    private static Facts steadyFen(long fen) {
        Facts facts = Facts.steady(0);
        for (int i = 0; i < 12; i++) {
            facts.spendIn(Facts.MONTH.minusMonths(i), fen);
        }
        return facts;
    }
}
