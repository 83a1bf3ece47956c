package io.manyi.satisfaction;

import static io.manyi.platform.db.SqlValues.timestamp;

import io.manyi.platform.outbox.Outbox;
import io.manyi.platform.outbox.SmsMessage;
import io.manyi.platform.settings.Settings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders that prevent dissatisfaction before it happens (docs/surveys.md, "Preventive reminders"):
 * a confirmation text for each new value-added subscription, a flag and a {@code VasUnconfirmed}
 * event for one still unconfirmed after {@code flagAfterHours}, and monthly data and spend alerts.
 * Points expiry notices are loyalty's ({@code PointsExpiry.notifyExpiring}).
 *
 * <p>Every text and event has a dedup key naming its cause, and each query leaves out what was sent
 * before, so a re-run sends nothing twice and its counts say what this run did. Candidates are
 * chosen in one statement each over the whole province, never a query per subscriber.
 */
@Component
public class PreventiveReminders {

    /** What a daily run did: confirmation texts sent, subscriptions newly flagged. */
    public record VasResult(LocalDateTime asOf, int confirmationsSent, int flagged) {
    }

    /** What a monthly run did: data alerts and spend alerts sent for {@code month}. */
    public record UsageResult(YearMonth month, int dataAlerts, int spendAlerts) {
    }

    /** A flagged subscription with its state now ({@code confirmed} later, cancelled since). */
    public record Flag(String msisdn, String serviceCode, String serviceName, BigDecimal monthlyFee,
                       LocalDateTime subscribedAt, Instant flaggedAt, boolean confirmed, LocalDateTime cancelledAt) {

        public Flag withMsisdn(String shown) {
            return new Flag(shown, serviceCode, serviceName, monthlyFee, subscribedAt, flaggedAt, confirmed, cancelledAt);
        }
    }

    /** One subscription's identity in dedup keys: {@code <msisdn>:<service code>:<start, to the second>}. */
    private static final String SUBSCRIPTION_KEY =
            "msisdn || ':' || service_code || ':' || to_char(subscribed_at, 'YYYY-MM-DD\"T\"HH24:MI:SS')";

    /** Unconfirmed, not cancelled, started in {@code (from, to]} (operator's local time, as imported). */
    private static final String OPEN_SUBSCRIPTIONS = """
            from vas_subscriptions where not confirmed and cancelled_at is null and subscribed_at > ? and subscribed_at <= ?
            """;

    private record Subscription(String msisdn, String serviceCode, String serviceName, LocalDateTime subscribedAt,
                                BigDecimal monthlyFee, String subscription) {
    }

    private record DataOver(String msisdn, int usedMb, int allowanceMb) {
    }

    private record SpendOver(String msisdn, BigDecimal spend, BigDecimal monthlyFee) {
    }

    private final JdbcClient jdbc;
    private final Settings settings;
    private final Outbox outbox;
    private final Clock clock;

    public PreventiveReminders(JdbcClient jdbc, Settings settings, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    public ReminderRules rules() {
        return settings.get(ReminderRules.SETTING, ReminderRules.class, ReminderRules::defaults);
    }

    /** The month the monthly alerts are about when nobody names one: the last complete month. */
    public YearMonth lastCompleteMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    /**
     * The daily part, as of now on the injected clock: a confirmation text for every open
     * subscription of the window that has none yet, then a flag and a {@code VasUnconfirmed}
     * event for each one started at least {@code flagAfterHours} ago and not flagged before.
     */
    @Transactional
    public VasResult vasReminders() {
        ReminderRules rules = rules();
        // vas_subscriptions holds the operator's wall-clock time, so "now" is local time in the clock's zone.
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime windowStart = now.minusHours(rules.vasWindowHours());
        List<Subscription> unconfirmed = jdbc.sql("select * from (select msisdn, service_code, service_name, subscribed_at, "
                        + "monthly_fee, " + SUBSCRIPTION_KEY + " as subscription " + OPEN_SUBSCRIPTIONS + """
                        ) v where not exists (select 1 from queued_sms o where o.dedup_key = 'vas-confirm:' || v.subscription)
                        order by subscribed_at, msisdn, service_code
                        """).params(windowStart, now).query(Subscription.class).list();
        outbox.sendAll(unconfirmed.stream().map(PreventiveReminders::confirmation).toList());

        List<Subscription> flagged = jdbc.sql("""
                        with flagged as (
                            insert into vas_confirmation_flags (msisdn, service_code, subscribed_at, flagged_at)
                            select msisdn, service_code, subscribed_at, ?
                        """ + OPEN_SUBSCRIPTIONS + """
                            on conflict do nothing
                            returning msisdn, service_code, subscribed_at)
                        select msisdn, service_code, v.service_name, subscribed_at, v.monthly_fee,
                        """ + SUBSCRIPTION_KEY + """
                         as subscription
                        from flagged join vas_subscriptions v using (msisdn, service_code, subscribed_at)
                        order by subscribed_at, msisdn, service_code
                        """).params(timestamp(clock.instant()), windowStart, now.minusHours(rules.flagAfterHours()))
                .query(Subscription.class).list();
        YearMonth month = YearMonth.from(now);
        outbox.publishAll(flagged.stream().map(s -> new VasUnconfirmed(s.msisdn(), month, s.serviceCode(),
                s.serviceName(), s.subscribedAt(), s.monthlyFee())).toList());
        return new VasResult(now, unconfirmed.size(), flagged.size());
    }

    /**
     * The monthly part for {@code month}: a data alert for every subscriber whose data went at least
     * {@code overAllowanceMb} beyond the plan's allowance (a plan with 0 MB has none), and a spend
     * alert for spend above {@code spendFactor} times the plan's monthly fee. One of each per month.
     */
    @Transactional
    public UsageResult usageAlerts(YearMonth month) {
        ReminderRules rules = rules();
        Date first = Date.valueOf(month.atDay(1));
        String key = month.toString();
        List<DataOver> data = jdbc.sql("""
                        select u.msisdn, u.data_mb as used_mb, p.data_mb as allowance_mb
                        from usage_monthly u join subscribers s on s.msisdn = u.msisdn join plans p on p.plan_code = s.plan_code
                        where u.month = ? and s.status <> 'CANCELLED' and s.cancelled_on is null
                          and u.data_mb - p.data_mb >= ?
                          and not exists (select 1 from queued_sms o where o.dedup_key = 'usage-alert:' || ? || ':' || u.msisdn)
                        order by u.msisdn
                        """).params(first, rules.overAllowanceMb(), key).query(DataOver.class).list();
        outbox.sendAll(data.stream().map(d -> dataAlert(d, month)).toList());
        List<SpendOver> spend = jdbc.sql("""
                        select u.msisdn, u.spend, p.monthly_fee
                        from usage_monthly u join subscribers s on s.msisdn = u.msisdn join plans p on p.plan_code = s.plan_code
                        where u.month = ? and s.status <> 'CANCELLED' and s.cancelled_on is null
                          and p.monthly_fee > 0 and u.spend > p.monthly_fee * ?
                          and not exists (select 1 from queued_sms o where o.dedup_key = 'spend-alert:' || ? || ':' || u.msisdn)
                        order by u.msisdn
                        """).params(first, BigDecimal.valueOf(rules.spendFactor()), key).query(SpendOver.class).list();
        outbox.sendAll(spend.stream().map(s -> spendAlert(s, month)).toList());
        return new UsageResult(month, data.size(), spend.size());
    }

    /** The latest flags first, each with its subscription's state now. */
    public List<Flag> flags(int limit) {
        return jdbc.sql("""
                select f.msisdn, f.service_code, v.service_name, v.monthly_fee, f.subscribed_at, f.flagged_at,
                       coalesce(v.confirmed, false) as confirmed, v.cancelled_at
                from vas_confirmation_flags f
                left join vas_subscriptions v on v.msisdn = f.msisdn and v.service_code = f.service_code
                                             and v.subscribed_at = f.subscribed_at
                order by f.flagged_at desc, f.subscribed_at desc, f.msisdn limit ?
                """).param(limit).query(Flag.class).list();
    }

    private static SmsMessage confirmation(Subscription s) {
        String day = s.subscribedAt().toLocalDate().toString();
        String fee = yuan(s.monthlyFee());
        return new SmsMessage(s.msisdn(), "vas-confirm",
                "【业务确认】您于" + day + "开通了" + s.serviceName() + "（" + fee + "元/月）。如非本人意愿或不再需要，"
                        + "请拨打10086或到营业厅免费取消。",
                "Please check: on " + day + " you subscribed to " + s.serviceName() + " (" + s.serviceCode() + "), " + fee
                        + " yuan a month. If you did not mean to, or no longer want it, call 10086 or visit a hall"
                        + " to cancel free of charge.",
                "vas-confirm:" + s.subscription());
    }

    private static SmsMessage dataAlert(DataOver d, YearMonth month) {
        String gb = BigDecimal.valueOf(d.usedMb() - d.allowanceMb()).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP)
                .toPlainString();
        String zh = d.allowanceMb() == 0 ? "（约" + gb + "GB），您的套餐不含流量" : "，超出套餐所含" + d.allowanceMb() + "MB共" + gb + "GB";
        String en = d.allowanceMb() == 0 ? " (" + gb + " GB) and your plan includes no data"
                : ", " + gb + " GB beyond the " + d.allowanceMb() + " MB in your plan";
        return new SmsMessage(d.msisdn(), "usage-alert",
                "【流量提醒】您" + zh(month) + "使用流量" + d.usedMb() + "MB" + zh + "。建议办理流量包，比按量计费更划算。",
                "Data alert: in " + month + " you used " + d.usedMb() + " MB" + en
                        + ". A data pack costs less than paying by the megabyte.",
                "usage-alert:" + month + ":" + d.msisdn());
    }

    private static SmsMessage spendAlert(SpendOver s, YearMonth month) {
        String times = s.spend().divide(s.monthlyFee(), 1, RoundingMode.HALF_UP).toPlainString();
        return new SmsMessage(s.msisdn(), "spend-alert",
                "【消费提醒】您" + zh(month) + "消费" + yuan(s.spend()) + "元，是套餐月费" + yuan(s.monthlyFee()) + "元的"
                        + times + "倍。可拨打10086查询详单，或咨询更适合您的套餐。",
                "Spending alert: in " + month + " you spent " + yuan(s.spend()) + " yuan, " + times
                        + " times your plan's monthly fee of " + yuan(s.monthlyFee())
                        + " yuan. Call 10086 for the itemised bill or a plan that fits you better.",
                "spend-alert:" + month + ":" + s.msisdn());
    }

    private static String zh(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    private static String yuan(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
