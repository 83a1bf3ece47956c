package io.manyi.groups;

import static io.manyi.groups.GroupsFixture.DAY;
import static io.manyi.groups.GroupsFixture.n;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.moments.Cycle;
import io.manyi.moments.MomentDetection;
import io.manyi.moments.MomentDispatch;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The three group moments fire once per group and occurrence, and their tasks go to the group's manager. */
@IntegrationTest
class GroupMomentsIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    MomentDetection detection;
    @Autowired
    MomentDispatch dispatch;

    @BeforeEach
    void province() {
        GroupsFixture.load(jdbc, demoUsers);
    }

    private List<Map<String, Object>> groupMoments() {
        return jdbc.sql("""
                select group_id, type, occurrence, msisdn, owner from moments where group_id is not null
                order by group_id, type
                """).query().listOfRows();
    }

    @Test
    void eachTypeFiresOncePerGroupAndOccurrence() {
        MomentDetection.Result first = detection.detect(DAY, EnumSet.of(Cycle.MONTHLY));
        assertThat(first.found()).containsEntry("GROUP_MEMBER_LEFT", 1).containsEntry("GROUP_SPEND_DROP", 1)
                .containsEntry("GROUP_CONTRACT_RENEWAL", 1);
        List<Map<String, Object>> moments = groupMoments();
        assertThat(moments).extracting(m -> m.get("group_id") + " " + m.get("type") + " " + m.get("occurrence")
                        + " " + m.get("msisdn") + " " + m.get("owner"))
                .containsExactly(
                        // The key contact: the member still there who spent most in January (1 and 2 tie: the lower number).
                        "GB1 GROUP_CONTRACT_RENEWAL GB1:2025-03-15 " + n(1) + " am01",
                        "GB1 GROUP_MEMBER_LEFT GB1:2025-01 " + n(1) + " am01",
                        // GC1 has no account manager: its phone customer manager, assigned on the way.
                        "GC1 GROUP_SPEND_DROP GC1:2025-01 " + n(11) + " pm01");
        assertThat(jdbc.sql("select detail_en from moments where type = 'GROUP_MEMBER_LEFT'").query(String.class).single())
                .contains("2 members").contains("1 left the network, 1 left the group");
        assertThat(jdbc.sql("select detail_zh from moments where type = 'GROUP_SPEND_DROP'").query(String.class).single())
                .contains("200元").contains("400元").contains("50%");

        // Again, even with another key contact (2 now spent most): nothing new.
        jdbc.sql("update usage_monthly set spend = 500 where msisdn = ? and month = '2025-01-01'").param(n(2)).update();
        MomentDetection.Result again = detection.detect(DAY.plusDays(9), EnumSet.of(Cycle.MONTHLY));
        assertThat(again.found()).containsEntry("GROUP_MEMBER_LEFT", 1).containsEntry("GROUP_CONTRACT_RENEWAL", 1);
        assertThat(groupMoments()).hasSize(3);
    }

    @Test
    void tasksGoToTheGroupsManagerAsAccountManagerTasks() {
        detection.detect(DAY, EnumSet.of(Cycle.MONTHLY));
        dispatch.dispatch(DAY);
        assertThat(jdbc.sql("select assignee || ' ' || channel from tasks where msisdn = ?").param(n(1))
                .query(String.class).single()).isEqualTo("am01 ACCOUNT_MANAGER");
        assertThat(jdbc.sql("select count(*) from moments where msisdn = ? and group_id = 'GB1' and status = 'TASKED'")
                .param(n(1)).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select assignee || ' ' || channel from tasks where msisdn = ?").param(n(11))
                .query(String.class).single()).isEqualTo("pm01 ACCOUNT_MANAGER");
    }

    @Test
    void aDisabledGroupTypeIsNotLookedFor() {
        jdbc.sql("update moment_types set enabled = false where code = 'GROUP_SPEND_DROP'").update();
        assertThat(detection.detect(DAY, EnumSet.of(Cycle.MONTHLY)).found()).doesNotContainKey("GROUP_SPEND_DROP")
                .containsKey("GROUP_MEMBER_LEFT");
    }
}
