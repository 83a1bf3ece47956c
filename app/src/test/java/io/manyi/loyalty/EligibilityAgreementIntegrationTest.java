package io.manyi.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.platform.settings.Settings;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The eligibility rule is written three times: {@link Eligibility#eligible} in core (which the
 * step-by-step redemption and the account view apply to {@link LoyaltyAccounts#qualifying}), the
 * SQL condition of the one-statement redemption ({@link LoyaltyAccounts#ELIGIBLE}) and the
 * account list's {@code eligible} column. This runs all of them on the same accounts, built so
 * that their qualifying points fall just below, on and just above the threshold, for every star
 * level, with and without tenure and data bonuses, earned at the edges of the current and the
 * previous cycle and just outside them, split across the two cycles, and next to entries that do
 * not qualify; and it fails on the first account where any of them disagrees with the core rule.
 */
@IntegrationTest
class EligibilityAgreementIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    LoyaltyAccounts accounts;

    @Autowired
    PointsLedger ledger;

    @Autowired
    Settings settings;

    record Earned(EntryType type, long points, YearMonth month) {
    }

    record Case(String msisdn, String what, List<Earned> entries) {
    }

    @BeforeEach
    void fixture() {
        SubscriberFixture.load(jdbc, demoUsers);
    }

    @ParameterizedTest
    @ValueSource(longs = {3500, 100, 1, 0})
    void theCoreRuleTheRedemptionsSqlAndTheAccountListAgree(long threshold) {
        LoyaltyRules defaults = LoyaltyRules.defaults();
        LoyaltyRules rules = new LoyaltyRules(defaults.pointsPerYuan(), defaults.tenureBonus(), defaults.starBonusPercent(),
                defaults.dataPointsPerYuan(), defaults.targetReturnRate(), defaults.yuanPerPoint(), defaults.cyclesKept(),
                defaults.noticeDays(), threshold, defaults.merchantHoldMinutes(), defaults.transferYearlyCap(),
                defaults.transferSameOwner(), defaults.transferSameGroup());
        settings.put(LoyaltyRules.SETTING, rules, "test", "eligibility threshold " + threshold);
        PointsCycle cycle = PointsCycle.of(ledger.today());
        List<Case> cases = cases(cycle, rules);
        write(cases);

        Map<String, AccountListItem> listed = accounts.list(false, 100_000, null).stream()
                .collect(Collectors.toMap(AccountListItem::msisdn, item -> item));
        List<String> listedEligible = accounts.list(true, 100_000, null).stream().map(AccountListItem::msisdn).toList();
        List<String> disagreements = new ArrayList<>();
        int eligible = 0;
        for (Case c : cases) {
            long thisCycle = qualifying(c, cycle);
            long previousCycle = qualifying(c, cycle.previous());
            boolean expected = Eligibility.eligible(thisCycle, previousCycle, rules);
            eligible += expected ? 1 : 0;

            long[] stepByStep = accounts.qualifying(c.msisdn(), cycle);
            boolean oneStatement = jdbc.sql("select " + LoyaltyAccounts.ELIGIBLE)
                    .params(LoyaltyAccounts.eligibleParams(c.msisdn(), cycle, rules)).query(Boolean.class).single();
            AccountListItem item = listed.get(c.msisdn());
            String seen = "qualifying " + thisCycle + "/" + previousCycle + " eligible " + expected
                    + "; step-by-step " + stepByStep[0] + "/" + stepByStep[1] + " "
                    + Eligibility.eligible(stepByStep[0], stepByStep[1], rules)
                    + "; one statement " + oneStatement
                    + "; list " + (item == null ? "missing" : item.qualifyingThisCycle() + "/" + item.qualifyingPreviousCycle()
                    + " " + item.eligible()) + ", in the eligible list " + listedEligible.contains(c.msisdn());
            boolean agree = stepByStep[0] == thisCycle && stepByStep[1] == previousCycle
                    && Eligibility.eligible(stepByStep[0], stepByStep[1], rules) == expected
                    && oneStatement == expected
                    && item != null && item.qualifyingThisCycle() == thisCycle && item.qualifyingPreviousCycle() == previousCycle
                    && item.eligible() == expected
                    && listedEligible.contains(c.msisdn()) == expected;
            if (!agree) {
                disagreements.add(c.msisdn() + " (" + c.what() + "): " + seen);
            }
        }
        assertThat(disagreements).as("threshold %d, cycle %s", threshold, cycle).isEmpty();
        assertThat(cases).hasSizeGreaterThan(250);
        if (threshold > 0) { // the cases sit on both sides of the threshold
            assertThat(eligible).isBetween(cases.size() / 10, cases.size() - cases.size() / 10);
        } else {
            assertThat(eligible).isEqualTo(cases.size());
        }
    }

    /** The core's reading of "qualifying points earned in a cycle", from the case's own entries. */
    private static long qualifying(Case c, PointsCycle cycle) {
        return c.entries().stream()
                .filter(e -> e.type().qualifying() && e.month() != null && cycle.contains(e.month()))
                .mapToLong(Earned::points).sum();
    }

    private static List<Case> cases(PointsCycle cycle, LoyaltyRules rules) {
        long threshold = rules.eligibilityThreshold();
        Map<String, YearMonth> months = new LinkedHashMap<>();
        months.put("first month of the cycle", cycle.firstMonth());
        months.put("last month of the cycle", cycle.lastMonth());
        months.put("first month of the previous cycle", cycle.previous().firstMonth());
        months.put("last month of the previous cycle", cycle.previous().lastMonth());
        months.put("month before the previous cycle", cycle.previous().firstMonth().minusMonths(1));
        months.put("month after the cycle", cycle.lastMonth().plusMonths(1));
        List<Case> cases = new ArrayList<>();
        for (var placed : months.entrySet()) {
            YearMonth month = placed.getValue();
            // A month's accrual as the monthly run computes it, for every star level, with and without
            // tenure and data bonuses, at the smallest spend that reaches the threshold and one yuan either side.
            for (int stars = 0; stars <= 5; stars++) {
                for (int years : new int[] {0, 10}) {
                    for (long dataFen : new long[] {0, 3_000}) {
                        long reaching = smallestSpendReaching(threshold, dataFen, years, stars, rules);
                        for (long spendYuan = Math.max(0, reaching - 1); spendYuan <= reaching + 1; spendYuan++) {
                            List<Earned> entries = new ArrayList<>();
                            Accrual.of(spendYuan * 100, dataFen, years, stars, rules)
                                    .forEach((type, points) -> entries.add(new Earned(type, points, month)));
                            cases.add(new Case(null, stars + " stars, " + years + " years, " + spendYuan + " yuan, "
                                    + dataFen + " fen of data in the " + placed.getKey(), entries));
                        }
                    }
                }
            }
            // Exactly one below, on and one above the threshold, in one ACCRUAL entry.
            for (long points = Math.max(1, threshold - 1); points <= threshold + 1; points++) {
                cases.add(new Case(null, points + " points in the " + placed.getKey(),
                        List.of(new Earned(EntryType.ACCRUAL, points, month))));
            }
        }
        // The two cycles are not added up: each must reach the threshold on its own.
        if (threshold > 1) {
            cases.add(new Case(null, "threshold - 1 in the cycle and 1 in the previous one", List.of(
                    new Earned(EntryType.ACCRUAL, threshold - 1, cycle.firstMonth()),
                    new Earned(EntryType.STAR_BONUS, 1, cycle.previous().lastMonth()))));
            cases.add(new Case(null, "half in each cycle", List.of(
                    new Earned(EntryType.ACCRUAL, threshold / 2, cycle.lastMonth()),
                    new Earned(EntryType.TENURE_BONUS, threshold - threshold / 2, cycle.previous().firstMonth()))));
        }
        cases.add(new Case(null, "the threshold in both cycles", List.of(
                new Earned(EntryType.DATA_BONUS, threshold, cycle.firstMonth()),
                new Earned(EntryType.ACCRUAL, threshold, cycle.previous().lastMonth()))));
        cases.add(new Case(null, "nothing earned", List.of()));
        // Entries that do not qualify, even with an earned month, are next to every case's own.
        List<Case> numbered = new ArrayList<>();
        int n = 0;
        for (Case c : cases) {
            List<Earned> entries = new ArrayList<>(c.entries());
            entries.add(new Earned(EntryType.ADJUSTMENT, 10 * threshold + 10_000, null));
            entries.add(new Earned(EntryType.ADJUSTMENT, threshold + 1, cycle.firstMonth()));
            entries.add(new Earned(EntryType.TRANSFER_IN, threshold + 1, cycle.previous().lastMonth()));
            entries.add(new Earned(EntryType.REDEMPTION, -500, null));
            entries.add(new Earned(EntryType.REVERSAL, -1, null));
            numbered.add(new Case("199%08d".formatted(++n), c.what(), entries));
        }
        return numbered;
    }

    private static long smallestSpendReaching(long threshold, long dataFen, int years, int stars, LoyaltyRules rules) {
        long yuan = 0;
        while (Accrual.of(yuan * 100, dataFen, years, stars, rules).values().stream().mapToLong(Long::longValue).sum()
                < threshold) {
            yuan++;
        }
        return yuan;
    }

    /** The cases' accounts and entries, written directly (the test's own data, not a ledger write under test). */
    private void write(List<Case> cases) {
        StringBuilder values = new StringBuilder();
        StringBuilder accountValues = new StringBuilder();
        int key = 0;
        for (Case c : cases) {
            long balance = 0;
            for (Earned e : c.entries()) {
                values.append(values.isEmpty() ? "" : ",\n").append("('%s', '%s', %d, current_date, %s, 'eligibility-case:%d', 'test', now())"
                        .formatted(c.msisdn(), e.type(), e.points(), e.month() == null ? "null" : "date '" + e.month().atDay(1) + "'",
                                ++key));
                balance += e.points();
            }
            accountValues.append(accountValues.isEmpty() ? "" : ",\n").append("('%s', now(), %d)".formatted(c.msisdn(), balance));
        }
        jdbc.sql("insert into points_accounts (msisdn, opened_at, balance) values " + accountValues).update();
        jdbc.sql("insert into points_entries (msisdn, type, points, effective_on, earned_month, idempotency_key, created_by, created_at) values "
                + values).update();
        assertThat(LoyaltyFixture.mismatchedAccounts(jdbc)).isZero();
    }
}
