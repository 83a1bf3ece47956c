package io.manyi.moments;

import static io.manyi.moments.MomentsFixture.CAPACITY;
import static io.manyi.moments.MomentsFixture.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Batch detection is idempotent, and dispatch never puts more on a day than the manager's capacity. */
@IntegrationTest
class MomentDetectionIntegrationTest {

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
        MomentsFixture.load(jdbc, demoUsers);
    }

    @Test
    void detectingTwiceStoresEachMomentOnce() {
        MomentDetection.Result first = detection.detect(DAY, EnumSet.of(Cycle.DAILY, Cycle.WEEKLY, Cycle.MONTHLY));
        assertThat(first.found()).containsEntry("BIRTHDAY", MomentsFixture.BIRTHDAYS);
        // 李四海's unconfirmed game pack (2024-11-20) is older than 30 days by 2025-02-03: not found.
        assertThat(first.found()).doesNotContainKey("VAS_UNCONFIRMED");
        assertThat(first.inserted()).isEqualTo(first.total());
        long stored = count("moments");

        MomentDetection.Result again = detection.detect(DAY, EnumSet.of(Cycle.DAILY, Cycle.WEEKLY, Cycle.MONTHLY));
        assertThat(again.total()).isEqualTo(first.total());
        assertThat(again.inserted()).isZero();
        assertThat(count("moments")).isEqualTo(stored);
        // The expected value follows the settings: 1000 yuan x 12 months x 0.02 - 3 = 237.
        assertThat(jdbc.sql("select expected_value from moments where msisdn = '13500000002' and type = 'BIRTHDAY'")
                .query(Double.class).single()).isEqualTo(237.0);
    }

    @Test
    void aMonthlyCycleFindsSpendDropsOnlyWhenAsked() {
        jdbc.sql("update usage_monthly set spend = 10 where msisdn = '13500000002' and month = '2025-01-01'").update();
        assertThat(detection.detect(DAY, EnumSet.of(Cycle.DAILY)).found()).doesNotContainKey("SPEND_DROP");
        assertThat(detection.detect(DAY, EnumSet.of(Cycle.MONTHLY)).found()).containsEntry("SPEND_DROP", 1);
    }

    @Test
    void dispatchFillsTodayThenOverflowsThenTextsAndNeverExceedsCapacity() {
        detection.detect(DAY, EnumSet.of(Cycle.DAILY));
        MomentDispatch.Result result = dispatch.dispatch(DAY);
        // The batch keeps 1 of pm01's 5 daily calls free for immediate moments: 15 big spenders (237 yuan) fill
        // today and the 3 overflow days (4 x 4 = 16 slots), one small one (21 yuan) takes the last slot; the
        // other 14 small ones go by SMS (below 30 yuan).
        assertThat(result.newTasks()).isEqualTo(16);
        assertThat(result.sms()).isEqualTo(14);
        assertThat(result.deferred()).isZero();
        assertThat(perDay()).allSatisfy((day, n) -> assertThat(n).as(day).isLessThanOrEqualTo(CAPACITY));
        assertThat(jdbc.sql("select min(priority) from tasks where due_on = ?").param(DAY).query(Double.class).single())
                .isEqualTo(237.0);
        assertThat(count("sms_outbox")).isEqualTo(14);

        // Again: nothing is left to place, nothing is written twice.
        MomentDispatch.Result again = dispatch.dispatch(DAY);
        assertThat(again.newTasks()).isZero();
        assertThat(count("tasks")).isEqualTo(16);
        assertThat(count("sms_outbox")).isEqualTo(14);
    }

    @Test
    void aFullManagerDefersValuableCallsAndTheContactPolicyHolds() {
        jdbc.sql("update staff set daily_capacity = 2 where username = 'pm01'").update();
        jdbc.sql("insert into do_not_call values ('13500000004', 'asked', 'test', now())").update();
        detection.detect(DAY, EnumSet.of(Cycle.DAILY));
        MomentDispatch.Result result = dispatch.dispatch(DAY);
        assertThat(result.newTasks()).isEqualTo(4); // one a day (two, one held back) over today and the 3 overflow days
        assertThat(result.suppressed()).isEqualTo(1);
        assertThat(result.deferred()).isEqualTo(10); // the other big spenders wait for room
        assertThat(perDay()).allSatisfy((day, n) -> assertThat(n).isEqualTo(1));
        assertThat(jdbc.sql("select status || ':' || suppressed_reason from moments where msisdn = '13500000004'")
                .query(String.class).single()).isEqualTo("SUPPRESSED:do-not-call");
    }

    private Map<String, Long> perDay() {
        Map<String, Long> perDay = new java.util.TreeMap<>();
        jdbc.sql("select coalesce(assignee, 'pool') || ' ' || due_on as k, count(*) as n from tasks group by 1")
                .query((rs, n) -> perDay.put(rs.getString(1), rs.getLong(2))).list();
        return perDay;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

}
