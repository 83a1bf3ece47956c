package io.manyi.campaigns;

import static io.manyi.campaigns.CampaignFixture.DAY;
import static io.manyi.campaigns.CampaignFixture.msisdn;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.moments.MomentDispatch;
import io.manyi.moments.MomentEvents;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Membership, the deterministic arm and the rule that control members are never contacted. */
@IntegrationTest
class CampaignEnrolmentIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    Campaigns campaigns;
    @Autowired
    MomentDispatch dispatch;
    @Autowired
    MomentEvents events;
    @Autowired
    LearnedHelp learned;

    /** The learned probabilities are cached for minutes: the next test class must not see this one's members. */
    @org.junit.jupiter.api.AfterEach
    void forgetLearned() {
        learned.refresh();
    }

    private Map<String, String> arms(long campaign) {
        Map<String, String> arms = new HashMap<>();
        jdbc.sql("select msisdn, arm from campaign_members where campaign_id = ?").param(campaign)
                .query((java.sql.ResultSet rs) -> {
                    arms.put(rs.getString(1), rs.getString(2));
                });
        return arms;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aboutTenPercentAreControlDrawnTheSameOnEveryRunAndNeverContacted() {
        int n = 3000;
        CampaignFixture.load(jdbc, demoUsers, n);
        long id = campaigns.create(CampaignFixture.campaign(List.of("BIRTHDAY"), CampaignStatus.ACTIVE), "analyst").id();
        CampaignFixture.moments(jdbc, n, "BIRTHDAY");

        MomentDispatch.Result first = dispatch.dispatch(DAY);
        Map<String, String> arms = arms(id);
        assertThat(arms).hasSize(n);
        long control = arms.values().stream().filter("CONTROL"::equals).count();
        assertThat(control).isBetween(226L, 374L); // Binomial(3000, 0.1): 300 +- 4.5 sd
        arms.forEach((msisdn, arm) -> assertThat(arm).isEqualTo(ArmDraw.campaign(id, msisdn, 10).name()));
        assertThat(campaigns.get(id).control()).isEqualTo((int) control);

        // No task, no reason, no text for a control member; every treated member went somewhere.
        assertThat(count("""
                select count(*) from campaign_members c join tasks t on t.msisdn = c.msisdn where c.arm = 'CONTROL'
                """)).isZero();
        assertThat(count("""
                select count(*) from campaign_members c join sms_outbox s on s.msisdn = c.msisdn where c.arm = 'CONTROL'
                """)).isZero();
        assertThat(count("select count(*) from moments where suppressed_reason = 'control-group'")).isEqualTo(control);
        assertThat(first.held()).isEqualTo((int) control);
        assertThat(first.newTasks()).isPositive();
        assertThat(count("select count(*) from tasks where campaign_id = ?", id)).isEqualTo(first.newTasks());
        assertThat(count("select count(*) from tasks where campaign_id is distinct from ?", id)).isZero();

        // A replay from scratch draws the same arms.
        jdbc.sql("delete from task_history").update();
        jdbc.sql("delete from tasks").update();
        jdbc.sql("delete from campaign_members").update();
        jdbc.sql("update moments set status = 'NEW', suppressed_reason = null, task_id = null").update();
        dispatch.dispatch(DAY);
        assertThat(arms(id)).isEqualTo(arms);
        // Dispatching again adds no member and changes no arm.
        dispatch.dispatch(DAY);
        assertThat(count("select count(*) from campaign_members")).isEqualTo(n);
    }

    /** The first numbers of the fixture in the wanted arm of campaign {@code id}. */
    private static List<String> inArm(long id, Arm arm, int count) {
        return java.util.stream.IntStream.rangeClosed(1, 200).mapToObj(CampaignFixture::msisdn)
                .filter(m -> ArmDraw.campaign(id, m, 10) == arm).limit(count).toList();
    }

    @Test
    void aControlMemberIsNotMergedIntoAnOpenTaskButATreatedOneIsAndTheTaskJoinsTheCampaign() {
        CampaignFixture.load(jdbc, demoUsers, 200);
        long id = campaigns.create(CampaignFixture.campaign(List.of("SPEND_DROP"), CampaignStatus.ACTIVE), "analyst").id();
        String control = inArm(id, Arm.CONTROL, 1).getFirst();
        String treated = inArm(id, Arm.TREATED, 1).getFirst();
        // Both have an open task from an unrelated moment: a control member still gets unrelated calls (documented).
        CampaignFixture.moment(jdbc, control, "BIRTHDAY", "b", 50);
        CampaignFixture.moment(jdbc, treated, "BIRTHDAY", "b", 50);
        dispatch.dispatch(DAY);
        long controlTask = jdbc.sql("select id from tasks where msisdn = ?").param(control).query(Long.class).single();
        long treatedTask = jdbc.sql("select id from tasks where msisdn = ?").param(treated).query(Long.class).single();
        assertThat(count("select count(*) from tasks where campaign_id is not null")).isZero();

        long controlMoment = CampaignFixture.moment(jdbc, control, "SPEND_DROP", "s", 80);
        long treatedMoment = CampaignFixture.moment(jdbc, treated, "SPEND_DROP", "s", 80);
        MomentDispatch.Result second = dispatch.dispatch(DAY);
        assertThat(second.merged()).isEqualTo(1);
        assertThat(jdbc.sql("select status || ' ' || coalesce(suppressed_reason, '') from moments where id = ?")
                .param(controlMoment).query(String.class).single()).isEqualTo("SUPPRESSED control-group");
        assertThat(count("select count(*) from moments where task_id = ?", controlTask)).isEqualTo(1);
        assertThat(jdbc.sql("select priority from tasks where id = ?").param(controlTask).query(Double.class).single())
                .isEqualTo(50.0);
        assertThat(jdbc.sql("select task_id from moments where id = ?").param(treatedMoment).query(Long.class).single())
                .isEqualTo(treatedTask);
        assertThat(jdbc.sql("select campaign_id from tasks where id = ?").param(treatedTask).query(Long.class).single())
                .isEqualTo(id);
        assertThat(jdbc.sql("select campaign_id from tasks where id = ?").param(controlTask).query(Long.class).optional())
                .isEmpty();
        assertThat(arms(id)).containsEntry(control, "CONTROL").containsEntry(treated, "TREATED").hasSize(2);
    }

    @Test
    void theImmediatePathHoldsAControlMembersCallbackBack() {
        CampaignFixture.load(jdbc, demoUsers, 200);
        long id = campaigns.create(CampaignFixture.campaign(List.of("COMPLAINT_CALLBACK"), CampaignStatus.ACTIVE), "analyst").id();
        // The campaign's window must hold today for the consumer, which dispatches for today.
        jdbc.sql("update campaigns set starts_on = current_date - 1, ends_on = current_date + 30").update();
        List<String> control = inArm(id, Arm.CONTROL, 2);
        List<String> treated = inArm(id, Arm.TREATED, 2);
        int ticket = 0;
        for (String m : List.of(control.get(0), control.get(1), treated.get(0), treated.get(1))) {
            ticket++;
            jdbc.sql("""
                    insert into domain_events (type, subject, business_month, payload, dedup_key, occurred_at)
                    values ('ComplaintClosed', ?, null, cast(? as jsonb), ?, now())
                    """).params(m, "{\"ticketId\":" + ticket + ",\"category\":\"网络\",\"severity\":\"HIGH\"}",
                    "c:T" + ticket).update();
        }
        events.poll();
        assertThat(count("select count(*) from tasks where msisdn = any(?)", (Object) control.toArray(String[]::new))).isZero();
        assertThat(count("select count(*) from sms_outbox where msisdn = any(?)", (Object) control.toArray(String[]::new))).isZero();
        assertThat(count("select count(*) from tasks where campaign_id = ? and msisdn = any(?)", id,
                (Object) treated.toArray(String[]::new))).isEqualTo(2);
        assertThat(arms(id)).hasSize(4);
    }

    @Test
    void draftsClosedCampaignsAndFiltersEnrolNobodyOutsideTheirRule() {
        CampaignFixture.load(jdbc, demoUsers, 100);
        campaigns.create(CampaignFixture.campaign(List.of("BIRTHDAY"), CampaignStatus.DRAFT), "analyst");
        long closed = campaigns.create(CampaignFixture.campaign(List.of("BIRTHDAY"), CampaignStatus.ACTIVE), "analyst").id();
        campaigns.close(closed, "analyst");
        NewCampaign cantonese = new NewCampaign("广州", "Guangzhou", new TargetRule(List.of("BIRTHDAY"), null, null,
                List.of("广州"), null, null), "礼", "gift", io.manyi.moments.ActionKind.CARE_CALL, DAY, DAY, 50.0,
                CampaignStatus.ACTIVE);
        long guangzhou = campaigns.create(cantonese, "analyst").id();
        CampaignFixture.moments(jdbc, 100, "BIRTHDAY");
        dispatch.dispatch(DAY);
        assertThat(count("select count(*) from campaign_members where campaign_id <> ?", guangzhou)).isZero();
        assertThat(count("""
                select count(*) from campaign_members m join subscribers s using (msisdn) where s.city = '广州'
                """)).isEqualTo(50).isEqualTo(count("select count(*) from campaign_members"));
        assertThat(count("select count(*) from campaign_members where arm = 'CONTROL'")).isBetween(10L, 40L);
    }

    @Test
    void theHoldoutHoldsBackItsShareOfAMomentTypeOnly() {
        CampaignFixture.load(jdbc, demoUsers, 400);
        jdbc.sql("insert into settings (name, value, updated_by, updated_at) values (?, cast(? as jsonb), 'test', now())")
                .params(CampaignSettings.SETTING, "{\"controlPercent\":10,\"followUpMonths\":3,\"holdoutPercent\":0,"
                        + "\"holdoutTypes\":{\"BIRTHDAY\":25},\"minMembersPerArm\":200}").update();
        CampaignFixture.moments(jdbc, 400, "BIRTHDAY");
        CampaignFixture.moments(jdbc, 400, "TENURE_ANNIVERSARY");
        dispatch.dispatch(DAY);
        long held = count("select count(*) from moment_holdouts where arm = 'CONTROL'");
        assertThat(count("select count(*) from moment_holdouts")).isEqualTo(400);
        assertThat(count("select count(*) from moment_holdouts where type <> 'BIRTHDAY'")).isZero();
        assertThat(held).isBetween(60L, 140L);
        assertThat(count("select count(*) from moments where suppressed_reason = 'holdout'")).isEqualTo(held);
        assertThat(count("""
                select count(*) from moments m join moment_holdouts h on h.msisdn = m.msisdn and h.type = m.type
                where h.arm = 'CONTROL' and m.task_id is not null
                """)).isZero();
        jdbc.sql("select msisdn, arm from moment_holdouts").query((java.sql.ResultSet rs) -> {
            assertThat(rs.getString(2)).isEqualTo(ArmDraw.holdout("BIRTHDAY", rs.getString(1), 25).name());
        });
    }
}
