package io.manyi.province;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.intake.Kind;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks a 20,000-subscriber province for the things an import would reject or an analyst would doubt. */
class ProvinceValidityTest {

    private static CollectingSink p;
    private static Map<String, Rows.Subscriber> subscribers;

    @BeforeAll
    static void generate() {
        p = Provinces.medium();
        subscribers = p.subscribers.stream().collect(Collectors.toMap(Rows.Subscriber::msisdn, Function.identity()));
    }

    @Test
    void everyKindIsProduced() {
        Map<Kind, Integer> sizes = Map.of(Kind.PLANS, p.plans.size(), Kind.STAFF, p.staff.size(), Kind.SUBSCRIBERS,
                p.subscribers.size(), Kind.ASSIGNMENTS, p.assignments.size(), Kind.GROUPS, p.groups.size(),
                Kind.GROUP_MEMBERS, p.groupMembers.size(), Kind.USAGE, p.usage.size(), Kind.PAYMENTS, p.payments.size(),
                Kind.VAS_SUBSCRIPTIONS, p.vas.size(), Kind.COMPLAINTS, p.complaints.size());
        assertThat(sizes).containsOnlyKeys(Kind.values());
        assertThat(sizes.values()).allMatch(size -> size > 0);
        assertThat(p.subscribers).hasSize(20_000);
        assertThat(p.churn).isNotEmpty();
        assertThat(p.hazard).hasSameSizeAs(p.usage);
    }

    @Test
    void idNumbersAreValidAndAgreeWithBirthDateAndGender() {
        for (Rows.Subscriber s : p.subscribers) {
            assertThat(IdNumbers.isValid(s.idNumber())).as(s.idNumber()).isTrue();
            assertThat(IdNumbers.birthDate(s.idNumber())).isEqualTo(s.birthDate());
            assertThat(IdNumbers.gender(s.idNumber())).isEqualTo(s.gender());
            assertThat(s.activatedOn()).isAfter(s.birthDate().plusYears(14));
        }
    }

    @Test
    void numbersAreUniqueElevenDigitChinaMobileNumbers() {
        Set<String> prefixes = Set.of("134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157",
                "158", "159", "178", "182", "183", "184", "187", "188", "198");
        assertThat(subscribers).hasSize(p.subscribers.size());
        assertThat(p.subscribers).allSatisfy(s -> {
            assertThat(s.msisdn()).matches("\\d{11}");
            assertThat(prefixes).contains(s.msisdn().substring(0, 3));
        });
        long premium = p.subscribers.stream().filter(s -> s.numberType().equals("PREMIUM")).count();
        assertThat(premium).isBetween(200L, 1_200L);
    }

    @Test
    void brandSharesAreTheOperatorsMix() {
        Map<String, Long> brands = p.subscribers.stream()
                .collect(Collectors.groupingBy(Rows.Subscriber::brand, Collectors.counting()));
        double n = p.subscribers.size();
        assertThat(brands.get("GOTONE") / n).isBetween(0.085, 0.115);
        assertThat(brands.get("MZONE") / n).isBetween(0.28, 0.32);
        assertThat(brands.get("EASYOWN") / n).isBetween(0.565, 0.605);
        assertThat(brands.get("DONGLI100") / n).isBetween(0.008, 0.025);
    }

    @Test
    void spendFollowsTheBrand() {
        Map<String, Double> meanSpend = p.usage.stream().collect(Collectors.groupingBy(
                u -> subscribers.get(u.msisdn()).brand(), Collectors.averagingLong(Rows.Usage::spendFen)));
        assertThat(meanSpend.get("GOTONE") / 100).isBetween(150.0, 300.0);
        assertThat(meanSpend.get("MZONE") / 100).isBetween(40.0, 80.0);
        assertThat(meanSpend.get("EASYOWN") / 100).isBetween(20.0, 50.0);
    }

    @Test
    void everyReferenceResolves() {
        Set<String> plans = p.plans.stream().map(Rows.Plan::planCode).collect(Collectors.toSet());
        Set<String> staff = p.staff.stream().map(Rows.Staff::username).collect(Collectors.toSet());
        Set<String> groups = p.groups.stream().map(Rows.Group::groupId).collect(Collectors.toSet());

        assertThat(p.subscribers).allMatch(s -> plans.contains(s.planCode()));
        assertThat(p.assignments).allMatch(a -> staff.contains(a.username()) && subscribers.containsKey(a.msisdn()));
        assertThat(p.groups).allMatch(g -> g.accountManager() == null || staff.contains(g.accountManager()));
        assertThat(p.groupMembers).allMatch(m -> groups.contains(m.groupId()) && subscribers.containsKey(m.msisdn()));
        assertThat(p.usage).allMatch(u -> subscribers.containsKey(u.msisdn()));
        assertThat(p.payments).allMatch(x -> subscribers.containsKey(x.msisdn()));
        assertThat(p.vas).allMatch(v -> subscribers.containsKey(v.msisdn()));
        assertThat(p.complaints).allMatch(c -> subscribers.containsKey(c.msisdn()));
        assertThat(p.churn).allMatch(c -> subscribers.containsKey(c.msisdn()));
    }

    @Test
    void keysAreUnique() {
        assertThat(unique(p.usage, u -> u.msisdn() + u.month())).isTrue();
        assertThat(unique(p.payments, x -> x.msisdn() + x.month())).isTrue();
        assertThat(unique(p.assignments, a -> a.msisdn() + a.role())).isTrue();
        assertThat(unique(p.groupMembers, m -> m.groupId() + m.msisdn())).isTrue();
        assertThat(unique(p.vas, v -> v.msisdn() + v.serviceCode() + v.subscribedAt())).isTrue();
        assertThat(unique(p.complaints, Rows.Complaint::complaintId)).isTrue();
        assertThat(unique(p.plans, Rows.Plan::planCode)).isTrue();
        assertThat(unique(p.groups, Rows.Group::groupId)).isTrue();
    }

    @Test
    void usageOnlyWhileOnTheNetwork() {
        for (Rows.Usage u : p.usage) {
            Rows.Subscriber s = subscribers.get(u.msisdn());
            assertThat(u.month()).isAfterOrEqualTo(YearMonth.from(s.activatedOn()));
            if (s.cancelledOn() != null) {
                assertThat(u.month()).isBeforeOrEqualTo(YearMonth.from(s.cancelledOn()));
            }
            assertThat(u.competitorContacts()).isBetween(0, u.distinctContacts());
            assertThat(u.spendFen()).isGreaterThanOrEqualTo(u.vasSpendFen());
        }
        Set<String> withUsage = p.usage.stream().map(Rows.Usage::msisdn).collect(Collectors.toSet());
        assertThat(withUsage).hasSize(p.subscribers.size());
    }

    @Test
    void cancelledSubscribersAreExactlyTheChurnersOfTheTruth() {
        Map<String, Rows.Churn> churn = p.churn.stream().collect(Collectors.toMap(Rows.Churn::msisdn, c -> c));
        for (Rows.Subscriber s : p.subscribers) {
            boolean cancelled = s.status().equals("CANCELLED");
            assertThat(cancelled).isEqualTo(s.cancelledOn() != null).isEqualTo(churn.containsKey(s.msisdn()));
            if (cancelled) {
                assertThat(churn.get(s.msisdn()).cancelledOn()).isEqualTo(s.cancelledOn());
                assertThat(s.cancelledOn()).isAfterOrEqualTo(s.activatedOn());
            }
        }
        assertThat(p.subscribers).extracting(Rows.Subscriber::status).contains("ACTIVE", "SUSPENDED", "CANCELLED");
        long newcomers = p.subscribers.stream()
                .filter(s -> !s.activatedOn().isBefore(Provinces.MEDIUM.firstMonth().atDay(1))).count();
        assertThat(newcomers).isBetween(500L, 3_000L);
    }

    @Test
    void monthlyChurnIsRealisticAndLowerForGoTone() {
        Map<String, Long> activeMonths = p.hazard.stream()
                .collect(Collectors.groupingBy(h -> subscribers.get(h.msisdn()).brand(), Collectors.counting()));
        Map<String, Long> churners = p.churn.stream()
                .collect(Collectors.groupingBy(c -> subscribers.get(c.msisdn()).brand(), Collectors.counting()));
        double overall = p.churn.size() / (double) p.hazard.size();
        double goTone = churners.get("GOTONE") / (double) activeMonths.get("GOTONE");
        double mZone = churners.get("MZONE") / (double) activeMonths.get("MZONE");

        assertThat(overall).isBetween(0.008, 0.03);
        assertThat(goTone).isLessThan(overall * 0.6);
        assertThat(mZone).isGreaterThan(overall);
    }

    @Test
    void phoneManagersArePm01Onwards() {
        List<String> managers = p.staff.stream().filter(s -> s.role().equals("PHONE_MANAGER"))
                .map(Rows.Staff::username).toList();
        assertThat(managers).hasSize(20).startsWith("pm01", "pm02").contains("pm10", "pm20");
        assertThat(p.staff).filteredOn(s -> s.role().equals("ACCOUNT_MANAGER")).isNotEmpty()
                .allMatch(s -> s.username().matches("am\\d{2,}"));
        assertThat(p.staff).allMatch(s -> s.dailyCapacity() > 0);
        Map<String, Long> books = p.assignments.stream().filter(a -> a.role().equals("PHONE_MANAGER"))
                .collect(Collectors.groupingBy(Rows.Assignment::username, Collectors.counting()));
        assertThat(books).containsOnlyKeys(managers);
        assertThat(books.values()).allMatch(size -> size > 50);
    }

    @Test
    void classAAndBMembersHaveAnAccountManager() {
        Map<String, Rows.Group> groups = p.groups.stream().collect(Collectors.toMap(Rows.Group::groupId, g -> g));
        Map<String, String> managerOf = new HashMap<>();
        p.assignments.stream().filter(a -> a.role().equals("ACCOUNT_MANAGER"))
                .forEach(a -> managerOf.put(a.msisdn(), a.username()));
        assertThat(p.groups).extracting(Rows.Group::groupClass).contains('A', 'B', 'C');
        for (Rows.GroupMember m : p.groupMembers) {
            Rows.Group group = groups.get(m.groupId());
            if (group.groupClass() != 'C') {
                assertThat(managerOf.get(m.msisdn())).isEqualTo(group.accountManager());
            }
        }
        assertThat(p.subscribers).filteredOn(s -> s.brand().equals("DONGLI100"))
                .allMatch(s -> p.groupMembers.stream().anyMatch(m -> m.msisdn().equals(s.msisdn())));
    }

    @Test
    void groupContractsEndWithinTwoYearsAndEveryAOrBGroupHasOne() {
        java.time.LocalDate asOf = Provinces.MEDIUM.asOf();
        assertThat(p.groups).filteredOn(g -> g.groupClass() != 'C').allMatch(g -> g.contractEnd() != null);
        assertThat(p.groups).filteredOn(g -> g.contractEnd() != null)
                .allMatch(g -> g.contractEnd().isAfter(asOf) && !g.contractEnd().isAfter(asOf.plusDays(730)));
        long without = p.groups.stream().filter(g -> g.contractEnd() == null).count();
        assertThat(without).isPositive().isLessThan(p.groups.size() / 2);
    }

    @Test
    void springFestivalSendsMigrantsHome() {
        YearMonth festival = YearMonth.of(2026, 2);
        double roamingFestival = mean(p.usage, festival, true);
        double roamingOther = mean(p.usage, festival, false);
        double localFestival = p.usage.stream().filter(u -> u.month().equals(festival))
                .mapToInt(Rows.Usage::localMinutes).average().orElseThrow();
        double localOther = p.usage.stream().filter(u -> u.month().equals(YearMonth.of(2026, 4)))
                .mapToInt(Rows.Usage::localMinutes).average().orElseThrow();
        assertThat(roamingFestival).isGreaterThan(1.5 * roamingOther);
        assertThat(localFestival).isLessThan(0.85 * localOther);
    }

    @Test
    void thereIsSomethingToFind() {
        assertThat(p.vas.stream().filter(v -> !v.confirmed()).count()).isGreaterThan(p.vas.size() / 50);
        assertThat(p.complaints.stream().filter(c -> c.closedAt() == null).count()).isGreaterThan(20);
        assertThat(p.complaints).extracting(Rows.Complaint::category).contains(ComplaintDesk.VAS_UNKNOWING,
                "NETWORK_SLOW", "BILLING_ERROR");
        assertThat(p.payments.stream().filter(x -> x.daysOverdue() >= 30).count()).isGreaterThan(1_000);
        assertThat(p.subscribers.stream().filter(s -> s.contractEnd() != null).count()).isGreaterThan(2_000);
        for (Rows.Complaint c : p.complaints) {
            assertThat(c.closedAt() == null || c.closedAt().isAfter(c.openedAt())).isTrue();
            assertThat(c.openedAt().toLocalDate()).isBefore(Provinces.MEDIUM.asOf());
        }
        for (Rows.Payment x : p.payments) {
            assertThat(x.arrearsFen()).isNotNegative();
            assertThat(x.paidOn() == null).isEqualTo(x.paidFen() == 0);
            if (x.arrearsFen() == 0) {
                assertThat(x.daysOverdue()).isZero();
            }
        }
    }

    private static double mean(List<Rows.Usage> usage, YearMonth festival, boolean inFestival) {
        return usage.stream().filter(u -> u.month().equals(festival) == inFestival)
                .filter(u -> inFestival || u.month().getMonthValue() >= 3 && u.month().getMonthValue() <= 6)
                .mapToInt(Rows.Usage::roamingMinutes).average().orElseThrow();
    }

    private static <T> boolean unique(List<T> rows, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        return rows.stream().allMatch(row -> seen.add(key.apply(row)));
    }
}
