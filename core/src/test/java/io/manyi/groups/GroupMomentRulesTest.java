package io.manyi.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.moments.ActionKind;
import io.manyi.moments.Channel;
import io.manyi.moments.Cycle;
import io.manyi.moments.Detected;
import io.manyi.moments.MomentType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupMomentRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final YearMonth LAST = YearMonth.of(2026, 10);

    private static MomentType type(String code, Map<String, Double> params) {
        return new MomentType(code, code, code, "RETENTION", ActionKind.RETENTION, Channel.ACCOUNT_MANAGER,
                Cycle.MONTHLY, 14, 120, params, "{detail}", "{detail}", true);
    }

    private static GroupFacts group(Map<YearMonth, Long> spend, List<GroupFacts.Departure> left, LocalDate contractEnd) {
        return new GroupFacts("G1", "某某公司", contractEnd, spend, left);
    }

    @Test
    void membersWhoLeftLastMonthMakeOneMomentPerGroupAndMonth() {
        GroupFacts g = group(Map.of(), List.of(
                new GroupFacts.Departure("13800000001", LocalDate.of(2026, 10, 3), true),
                new GroupFacts.Departure("13800000002", LocalDate.of(2026, 10, 20), false),
                new GroupFacts.Departure("13800000003", LocalDate.of(2026, 9, 30), true)), null);
        List<Detected> found = GroupMomentRules.detect(g, DAY, List.of(type("GROUP_MEMBER_LEFT", Map.of())));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.occurrence()).isEqualTo("G1:2026-10");
            assertThat(d.detailEn()).contains("2 members").contains("1 left the network, 1 left the group");
            assertThat(d.detailZh()).contains("2名成员");
        });
        // Later in the month the same month is read: the same occurrence.
        assertThat(GroupMomentRules.detect(g, DAY.plusDays(20), List.of(type("GROUP_MEMBER_LEFT", Map.of()))))
                .extracting(Detected::occurrence).containsExactly("G1:2026-10");
        assertThat(GroupMomentRules.detect(g, DAY, List.of(type("GROUP_MEMBER_LEFT", Map.of("minMembers", 3.0)))))
                .isEmpty();
    }

    @Test
    void spendDropComparesLastMonthWithTheAverageOfTheMonthsBefore() {
        Map<YearMonth, Long> spend = Map.of(LAST.minusMonths(3), 100_000L, LAST.minusMonths(2), 110_000L,
                LAST.minusMonths(1), 90_000L, LAST, 79_000L); // average 1,000 yuan, last 790: 21 % down
        MomentType rule = type("GROUP_SPEND_DROP", Map.of("dropPercent", 20.0, "baselineMonths", 3.0, "minAverageYuan", 200.0));
        assertThat(GroupMomentRules.detect(group(spend, List.of(), null), DAY, List.of(rule)))
                .singleElement().satisfies(d -> {
                    assertThat(d.occurrence()).isEqualTo("G1:2026-10");
                    assertThat(d.detailEn()).contains("790 yuan").contains("21%").contains("1000 yuan");
                });
        Map<YearMonth, Long> small = Map.of(LAST.minusMonths(3), 100_000L, LAST.minusMonths(2), 110_000L,
                LAST.minusMonths(1), 90_000L, LAST, 81_000L); // 19 % down
        assertThat(GroupMomentRules.detect(group(small, List.of(), null), DAY, List.of(rule))).isEmpty();
        MomentType bigGroupsOnly = type("GROUP_SPEND_DROP", Map.of("minAverageYuan", 2000.0));
        assertThat(GroupMomentRules.detect(group(spend, List.of(), null), DAY, List.of(bigGroupsOnly))).isEmpty();
    }

    @Test
    void contractRenewalWithinTheDaysAhead() {
        MomentType rule = type("GROUP_CONTRACT_RENEWAL", Map.of("daysAhead", 60.0));
        assertThat(GroupMomentRules.detect(group(Map.of(), List.of(), DAY.plusDays(60)), DAY, List.of(rule)))
                .singleElement().satisfies(d -> assertThat(d.occurrence()).isEqualTo("G1:2026-12-31"));
        assertThat(GroupMomentRules.detect(group(Map.of(), List.of(), DAY.plusDays(61)), DAY, List.of(rule))).isEmpty();
        assertThat(GroupMomentRules.detect(group(Map.of(), List.of(), DAY.minusDays(1)), DAY, List.of(rule))).isEmpty();
        assertThat(GroupMomentRules.detect(group(Map.of(), List.of(), null), DAY, List.of(rule))).isEmpty();
    }

    @Test
    void aDisabledTypeFindsNothing() {
        MomentType off = new MomentType("GROUP_CONTRACT_RENEWAL", "x", "x", "RENEWAL", ActionKind.RETENTION,
                Channel.ACCOUNT_MANAGER, Cycle.MONTHLY, 30, 168, Map.of(), "", "", false);
        assertThat(GroupMomentRules.detect(group(Map.of(), List.of(), DAY.plusDays(5)), DAY, List.of(off))).isEmpty();
    }
}
