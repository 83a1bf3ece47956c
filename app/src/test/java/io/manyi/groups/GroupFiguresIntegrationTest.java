package io.manyi.groups;

import static io.manyi.groups.GroupsFixture.MONTH;
import static io.manyi.groups.GroupsFixture.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.manyi.groups.internal.GroupFiguresQuery;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The figures of the hand-made groups, worked out by hand (GroupsFixture). */
@IntegrationTest
class GroupFiguresIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    GroupFiguresQuery figures;
    @Autowired
    PhoneManagerAssignment assignment;

    @BeforeEach
    void province() {
        GroupsFixture.load(jdbc, demoUsers);
    }

    @Test
    void januaryOfTheBGroup() {
        GroupFigures f = figures.of(List.of("GB1"), MONTH, MONTH, 0.5).get("GB1").get(MONTH);
        assertThat(f.members()).as("1, 2 and 5 are there at the month's end").isEqualTo(3);
        assertThat(f.left()).as("3 left the network, 4 the group").isEqualTo(2);
        assertThat(f.revenueYuan()).isEqualByComparingTo(new BigDecimal("380")); // 100 + 100 + 30 + 100 + 50
        assertThat(f.scoredMonth()).isEqualTo(MONTH);
        assertThat(f.scored()).isEqualTo(3);
        assertThat(f.highRisk()).as("0.8 and 0.6; 4's 0.9 no longer counts").isEqualTo(2);
        assertThat(f.highRiskShare()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(f.averageProbability()).isCloseTo((0.8 + 0.2 + 0.6) / 3, within(1e-6));
        assertThat(f.recentComplaints()).as("1's ticket of January").isEqualTo(1);
        assertThat(f.openComplaints()).as("1's open ticket and 2's open imported complaint").isEqualTo(2);
    }

    @Test
    void theMonthBeforeAndTheThresholdSetting() {
        Map<YearMonth, GroupFigures> months = figures.of(List.of("GB1", "GC1"), MONTH.minusMonths(1), MONTH, 0.7)
                .get("GB1");
        GroupFigures december = months.get(MONTH.minusMonths(1));
        assertThat(december.members()).isEqualTo(4);
        assertThat(december.left()).isZero();
        assertThat(december.revenueYuan()).isEqualByComparingTo(new BigDecimal("400"));
        assertThat(december.scoredMonth()).as("no score up to December").isNull();
        assertThat(december.recentComplaints()).as("2's imported complaint of December").isEqualTo(1);
        assertThat(months.get(MONTH).highRisk()).as("only 0.8 reaches 0.7").isEqualTo(1);
        assertThat(figures.of(List.of("GB1", "GC1"), MONTH, MONTH, 0.5).get("GC1").get(MONTH).revenueYuan())
                .isEqualByComparingTo(new BigDecimal("200"));
    }

    @Test
    void adoptedComplaintsCountOnce() {
        long ticket = jdbc.sql("select id from tickets").query(Long.class).single();
        jdbc.sql("insert into complaints values ('CG1', ?, 'HOTLINE', '网络', 'HIGH', '2025-01-10 10:00', null, null)")
                .param(n(1)).update();
        jdbc.sql("update tickets set complaint_id = 'CG1' where id = ?").param(ticket).update();
        GroupFigures f = figures.of(List.of("GB1"), MONTH, MONTH, 0.5).get("GB1").get(MONTH);
        assertThat(f.recentComplaints()).isEqualTo(1);
        assertThat(f.openComplaints()).isEqualTo(2);
    }

    @Test
    void cGroupsGetAPhoneCustomerManagerOfTheirCityElseOfTheProvinceOnce() {
        PhoneManagerAssignment.Result first = assignment.assign(GroupsFixture.DAY);
        assertThat(first.assigned()).isEqualTo(2);
        Map<String, String> managers = managers();
        assertThat(managers).containsEntry("GC1", "pm01").containsEntry("GC2", "pm02").doesNotContainKey("GB1");
        assertThat(assignment.assign(GroupsFixture.DAY).assigned()).isZero();
        assertThat(managers()).isEqualTo(managers);
        // A C group that gets an account manager in the data no longer needs a phone customer manager.
        jdbc.sql("update group_customers set account_manager = 'am02' where group_id = 'GC1'").update();
        assertThat(assignment.assign(GroupsFixture.DAY).released()).isEqualTo(1);
        assertThat(managers()).doesNotContainKey("GC1");
    }

    private Map<String, String> managers() {
        return jdbc.sql("select group_id, username from group_phone_managers").query()
                .listOfRows().stream().collect(java.util.stream.Collectors.toMap(
                        r -> (String) r.get("group_id"), r -> (String) r.get("username")));
    }
}
