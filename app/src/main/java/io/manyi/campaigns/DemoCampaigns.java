package io.manyi.campaigns;

import io.manyi.moments.ActionKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The demo's campaigns (docs/campaigns.md, "In the demo"), ACTIVE from the first of the demo's
 * month for three months, so that the demo's dispatch enrols members and holds back control arms.
 * Created once: a data dir that has any campaign keeps what it has.
 */
@Service
public class DemoCampaigns {

    private final Campaigns campaigns;
    private final Clock clock;

    public DemoCampaigns(Campaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** Creates the demo's campaigns unless there are campaigns already; returns how many it created. */
    public int ensure() {
        if (!campaigns.all().isEmpty()) {
            return 0;
        }
        LocalDate start = LocalDate.now(clock).withDayOfMonth(1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        List<NewCampaign> seeds = List.of(
                new NewCampaign("高风险高价值客户挽留", "Retain high-risk high-value subscribers",
                        new TargetRule(List.of("CHURN_RISK_HIGH", "CHURN_WARNING"), null, null, null, List.of("HIGH", "MID"), null),
                        "专属保有方案：续约送 6 个月 10GB 流量", "Loyalty offer: 10 GB a month for 6 months on renewal",
                        ActionKind.RETENTION, start, end, null, CampaignStatus.ACTIVE),
                new NewCampaign("积分到期提醒：到期前兑换", "Points expiring: redeem before expiry",
                        new TargetRule(List.of("POINTS_EXPIRING"), null, null, null, null, null),
                        "到期前兑换积分礼品，另赠 200 积分", "Redeem before expiry and get 200 bonus points",
                        ActionKind.EXPLANATION, start, end, null, CampaignStatus.ACTIVE),
                new NewCampaign("消费下降关怀", "Spend drop: care call",
                        new TargetRule(List.of("SPEND_DROP", "STAR_DOWNGRADE"), null, null, null, null, null),
                        "了解原因，推荐更合适的套餐", "Find out why and suggest a plan that fits",
                        ActionKind.RETENTION, start, end, null, CampaignStatus.ACTIVE));
        seeds.forEach(c -> campaigns.create(c, "demo"));
        return seeds.size();
    }
}
