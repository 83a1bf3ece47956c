package io.manyi.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hidden churn process must leave traces a model can find, and must not be so clean that
 * anything finds everything: even an oracle that knows the true hazard ranks churners imperfectly.
 */
class ChurnSignalTest {

    private static CollectingSink p;
    private static final List<SignalStats.Signals> CHURNERS = new ArrayList<>();
    private static final List<SignalStats.Signals> STAYERS = new ArrayList<>();

    @BeforeAll
    static void measure() {
        p = Provinces.medium();
        ProvinceSpec spec = Provinces.MEDIUM;
        Map<String, Rows.Usage[]> usage = SignalStats.usageByMonth(p, spec);
        Map<String, Integer> churnIndex = new HashMap<>();
        p.churn.forEach(c -> churnIndex.put(c.msisdn(), (int) spec.firstMonth().until(c.churnMonth(), ChronoUnit.MONTHS)));
        int i = 0;
        for (Rows.Subscriber s : p.subscribers) {
            Integer churned = churnIndex.get(s.msisdn());
            // Stayers get a reference month spread like the churners', so seasons cancel out.
            int reference = churned != null ? churned : 6 + (i++ % (spec.months() - 6));
            Rows.Usage[] months = usage.get(s.msisdn());
            if (SignalStats.hasSixFullMonthsBefore(months, reference)) {
                (churned != null ? CHURNERS : STAYERS).add(SignalStats.signals(months, reference));
            }
        }
    }

    @Test
    void churnersSpendLessAndForwardCallsToCompetitorsBeforeLeaving() {
        assertThat(CHURNERS).hasSizeGreaterThan(500);
        double churnersSpend = CHURNERS.stream().mapToDouble(SignalStats.Signals::spendTrend).average().orElseThrow();
        double stayersSpend = STAYERS.stream().mapToDouble(SignalStats.Signals::spendTrend).average().orElseThrow();
        double churnersForwards = CHURNERS.stream().mapToDouble(SignalStats.Signals::forwards).average().orElseThrow();
        double stayersForwards = STAYERS.stream().mapToDouble(SignalStats.Signals::forwards).average().orElseThrow();

        assertThat(churnersSpend).isLessThan(stayersSpend - 0.05);
        assertThat(churnersForwards).isGreaterThan(3 * stayersForwards);
    }

    @Test
    void churnersCallingCircleShrinksAndMovesToOtherNetworks() {
        double churnersCircle = CHURNERS.stream().mapToDouble(SignalStats.Signals::contactsTrend).average().orElseThrow();
        double stayersCircle = STAYERS.stream().mapToDouble(SignalStats.Signals::contactsTrend).average().orElseThrow();
        double churnersShare = CHURNERS.stream().mapToDouble(SignalStats.Signals::competitorShareChange).average()
                .orElseThrow();
        double stayersShare = STAYERS.stream().mapToDouble(SignalStats.Signals::competitorShareChange).average()
                .orElseThrow();

        assertThat(churnersCircle).isLessThan(stayersCircle - 0.05);
        assertThat(churnersShare).isGreaterThan(stayersShare + 0.01);
    }

    @Test
    void signalsAreNotProof() {
        long churnersWithoutForwards = CHURNERS.stream().filter(s -> s.forwards() == 0).count();
        long stayersWithForwards = STAYERS.stream().filter(s -> s.forwards() > 0).count();
        assertThat(churnersWithoutForwards).as("churners who never forwarded a call").isGreaterThan(CHURNERS.size() / 5);
        assertThat(stayersWithForwards).as("stayers who did").isGreaterThan(100);
    }

    @Test
    void theOracleIsGoodButNotPerfect() {
        for (int t0 : new int[]{4, 6, 8}) {
            assertThat(SignalStats.oracleAuc(p, Provinces.MEDIUM, t0)).as("month %d", t0).isBetween(0.70, 0.95);
        }
    }

    @Test
    void anHonestShareOfChurnIsPureChance() {
        long random = p.churn.stream().filter(c -> c.cause().equals(ChurnModel.RANDOM)).count();
        assertThat(random / (double) p.churn.size()).isBetween(0.10, 0.50);
        assertThat(p.churn).extracting(Rows.Churn::cause).contains(ChurnModel.COMPETITOR, ChurnModel.DISSATISFACTION,
                ChurnModel.CONTRACT_END, ChurnModel.ARREARS, ChurnModel.PROPENSITY);
    }

    @Test
    void unresolvedComplaintsComeBeforeChurn() {
        Map<String, Long> complaintsBy = new HashMap<>();
        p.complaints.forEach(c -> complaintsBy.merge(c.msisdn(), 1L, Long::sum));
        double churners = p.churn.stream().filter(c -> complaintsBy.containsKey(c.msisdn())).count()
                / (double) p.churn.size();
        double everyone = complaintsBy.size() / (double) p.subscribers.size();
        assertThat(churners).isGreaterThan(1.8 * everyone);
    }
}
