package io.manyi.churn;

import static io.manyi.churn.Subscribers.features;
import static io.manyi.churn.Subscribers.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ChurnFeaturesTest {

    @Test
    void aSteadySubscriberHasLevelsAndNoChange() {
        float[] x = features(Subscribers.steady(), 7);
        assertThat(value(x, ChurnFeature.SPEND)).isEqualTo(100f);
        assertThat(value(x, ChurnFeature.SPEND_CHANGE_3M)).isEqualTo(0f);
        assertThat(value(x, ChurnFeature.SPEND_CHANGE_6M)).isEqualTo(0f);
        assertThat(value(x, ChurnFeature.SPEND_VOLATILITY)).isEqualTo(0f);
        assertThat(value(x, ChurnFeature.ROAMING_SHARE)).isCloseTo(0.1f, within(1e-6f));
        assertThat(value(x, ChurnFeature.COMPETITOR_CONTACT_SHARE)).isCloseTo(0.2f, within(1e-6f));
        assertThat(value(x, ChurnFeature.BRAND)).isEqualTo(1f);
        assertThat(value(x, ChurnFeature.CITY)).isEqualTo(1f);
        assertThat(value(x, ChurnFeature.CONTRACT_MONTHS_LEFT)).isNaN();
        assertThat(value(x, ChurnFeature.STARS)).isNaN();
        assertThat(value(x, ChurnFeature.TENURE)).isEqualTo(77f); // 2020-03-15 .. 2026-08-31: 6 years 5 months
    }

    @Test
    void trendsCompareTheMonthWithTheThreeBeforeAndTheLastThreeWithTheThreeBeforeThose() {
        ChurnFacts f = Subscribers.steady();
        f.spendFen[7] = 5_500;                     // 55 against 100: fell 45%
        f.contacts[5] = 40;
        f.contacts[6] = 40;
        f.contacts[7] = 40;
        f.competitorForwards[6] = 4;
        f.competitorForwards[7] = 8;
        float[] x = features(f, 7);
        assertThat(value(x, ChurnFeature.SPEND_CHANGE_3M)).isCloseTo(-0.45f, within(1e-6f));
        assertThat(value(x, ChurnFeature.SPEND_CHANGE_6M)).isCloseTo(-0.15f, within(1e-6f));
        assertThat(value(x, ChurnFeature.CONTACTS_CHANGE_6M)).isCloseTo(-0.2f, within(1e-6f));
        assertThat(value(x, ChurnFeature.FORWARDS)).isEqualTo(8f);
        assertThat(value(x, ChurnFeature.FORWARDS_3M)).isEqualTo(12f);
        assertThat(value(x, ChurnFeature.SPEND_VOLATILITY)).isGreaterThan(0.1f);
        assertThat(ReasonSentences.en(ChurnFeature.SPEND_CHANGE_3M, value(x, ChurnFeature.SPEND_CHANGE_3M),
                Subscribers.BRANDS, Subscribers.CITIES)).isEqualTo("spend fell 45% over 3 months");
        assertThat(ReasonSentences.zh(ChurnFeature.SPEND_CHANGE_3M, value(x, ChurnFeature.SPEND_CHANGE_3M),
                Subscribers.BRANDS, Subscribers.CITIES)).isEqualTo("近3个月消费下降45%");
    }

    @Test
    void onlyMonthsUpToTheReferenceMonthAreRead() {
        ChurnFacts f = Subscribers.steady();
        float[] before = features(f, 5);
        f.spendFen[6] = 1;
        f.competitorForwards[7] = 30;
        f.complaint(ChurnFacts.seconds(LocalDateTime.of(2026, 8, 2, 9, 0)), ChurnFacts.OPEN);
        assertThat(features(f, 5)).isEqualTo(before);
    }

    @Test
    void theActivationMonthIsPartialAndLeftOutOfLevelsAndTrends() {
        ChurnFacts f = Subscribers.steady();
        f.activatedOn = LocalDate.of(2026, 4, 20);
        for (int m = 0; m < 3; m++) {
            f.present[m] = false;
        }
        f.spendFen[3] = 2_000;                     // 11 days of the month
        float[] x = features(f, 5);
        assertThat(value(x, ChurnFeature.SPEND)).isEqualTo(100f);
        assertThat(value(x, ChurnFeature.SPEND_CHANGE_3M)).isEqualTo(0f);
        assertThat(value(x, ChurnFeature.SPEND_CHANGE_6M)).isNaN();
        assertThat(value(x, ChurnFeature.TENURE)).isEqualTo(2f);
    }

    @Test
    void complaintsAndServicesAreCountedAsAtTheMonthsEnd() {
        ChurnFacts f = Subscribers.steady();
        f.complaint(ChurnFacts.seconds(LocalDateTime.of(2026, 8, 22, 10, 0)), ChurnFacts.OPEN);        // 9.6 days open
        f.complaint(ChurnFacts.seconds(LocalDateTime.of(2026, 8, 29, 10, 0)),
                ChurnFacts.seconds(LocalDateTime.of(2026, 8, 30, 10, 0)));                              // closed, repeated
        f.complaint(ChurnFacts.seconds(LocalDateTime.of(2026, 3, 1, 10, 0)),
                ChurnFacts.seconds(LocalDateTime.of(2026, 9, 5, 10, 0)));                               // open at the end
        f.service(ChurnFacts.seconds(LocalDateTime.of(2026, 7, 3, 0, 0)), ChurnFacts.OPEN, false);
        f.service(ChurnFacts.seconds(LocalDateTime.of(2024, 1, 3, 0, 0)), ChurnFacts.OPEN, true);
        f.service(ChurnFacts.seconds(LocalDateTime.of(2024, 1, 3, 0, 0)),
                ChurnFacts.seconds(LocalDateTime.of(2026, 2, 1, 0, 0)), false);
        float[] x = features(f, 7);
        assertThat(value(x, ChurnFeature.COMPLAINTS_OPEN)).isEqualTo(2f);
        assertThat(value(x, ChurnFeature.COMPLAINTS_OPEN_WEEK)).isEqualTo(2f);
        assertThat(value(x, ChurnFeature.COMPLAINT_DAYS_OPEN)).isCloseTo(183.6f, within(0.1f));
        assertThat(value(x, ChurnFeature.COMPLAINTS_MONTH)).isEqualTo(2f);
        assertThat(value(x, ChurnFeature.COMPLAINTS_3M)).isEqualTo(2f);
        assertThat(value(x, ChurnFeature.COMPLAINTS_REPEATED)).isEqualTo(1f);
        assertThat(value(x, ChurnFeature.VAS_ACTIVE)).isEqualTo(2f);
        assertThat(value(x, ChurnFeature.VAS_UNCONFIRMED)).isEqualTo(1f);
        assertThat(value(x, ChurnFeature.VAS_NEW_3M)).isEqualTo(1f);
    }

    @Test
    void labelsCountLeavingWithinTheHorizonAfterTheMonth() {
        ChurnFacts f = Subscribers.steady();
        f.cancelledOn = LocalDate.of(2026, 6, 10);
        assertThat(f.activeAtEnd(4)).isTrue();
        assertThat(f.activeAtEnd(5)).isFalse();
        assertThat(f.churnedWithin(2, 3)).isTrue();
        assertThat(f.churnedWithin(1, 3)).isFalse();
        assertThat(f.churnedWithin(5, 3)).isFalse();
    }
}
