package io.manyi.moments;

import io.manyi.moments.Dispatcher.Candidate;
import io.manyi.moments.Dispatcher.Placement;
import io.manyi.moments.internal.DispatchQueries;
import io.manyi.moments.internal.DispatchQueries.Waiting;
import io.manyi.moments.internal.TaskTable;
import io.manyi.platform.outbox.Outbox;
import io.manyi.platform.outbox.SmsMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns waiting moments into tasks, reasons of open tasks, text messages or nothing, by
 * {@link Dispatcher} under the contact policy and everyone's daily capacity (docs/moments.md,
 * "Dispatch"). One dispatch at a time (a transaction-scoped advisory lock), so that the batch and
 * the event consumer never both take a manager's last free slot.
 */
@Service
public class MomentDispatch {

    private static final long LOCK = 0x4d4f4d454e5453L; // "MOMENTS"

    private final DispatchQueries queries;
    private final TaskTable tasks;
    private final MomentCatalog catalog;
    private final MomentSettings settings;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<MomentHolds> holds;

    public MomentDispatch(DispatchQueries queries, TaskTable tasks, MomentCatalog catalog, MomentSettings settings,
                          Outbox outbox, JdbcTemplate jdbc, Clock clock, List<MomentHolds> holds) {
        this.holds = List.copyOf(holds);
        this.queries = queries;
        this.tasks = tasks;
        this.catalog = catalog;
        this.settings = settings;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code held}: moments held back before placing (control arms and holdouts: docs/campaigns.md). */
    public record Result(LocalDate day, int subscribers, int newTasks, int merged, int sms, int deferred, int suppressed,
                         int lapsed, double seconds, int held) {
    }

    /** Dispatches every waiting moment of {@code day}. */
    @Transactional
    public Result dispatch(LocalDate day) {
        return run(day, null);
    }

    /** Dispatches the waiting moments of these subscribers only (the immediate path). */
    @Transactional
    public Result dispatch(LocalDate day, List<String> msisdns) {
        return run(day, msisdns);
    }

    private Result run(LocalDate day, List<String> only) {
        long started = System.nanoTime();
        jdbc.execute("select pg_advisory_xact_lock(" + LOCK + ")");
        ContactPolicy policy = settings.policy();
        int lapsed = only == null ? queries.lapse(day) : 0;
        // Control arms and holdouts first: a held moment is no longer waiting, so nothing below can task, merge or text it.
        Map<String, Long> campaignOf = new HashMap<>();
        int held = 0;
        for (MomentHolds h : holds) {
            MomentHolds.Held found = h.hold(day, only);
            found.campaignOf().forEach(campaignOf::putIfAbsent);
            held += found.moments();
        }
        List<Waiting> waiting = queries.waiting(day, policy.periodDays(), only);
        // Part of each day stays free for callbacks, so that a complaint closed this afternoon is still called
        // today: the batch and the event moments (a month's star changes and warnings come that way too) stop short.
        DayLoad load = new DayLoad(queries.capacities(), policy.defaultCapacity(), policy.poolCapacity())
                .reserving(policy.immediateReservePercent());
        queries.load(day, day.plusDays(policy.overflowDays())).forEach(c -> load.add(c.assignee(), c.day(), c.tasks()));

        Map<String, Waiting> byMsisdn = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>(waiting.size());
        for (Waiting w : waiting) {
            byMsisdn.put(w.msisdn(), w);
            candidates.add(candidate(w));
        }
        int created = 0, merged = 0, sms = 0, deferred = 0, suppressed = 0;
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        List<Long> smsMoments = new ArrayList<>();
        List<TaskTable.NewTask> newTasks = new ArrayList<>();
        for (Placement p : Dispatcher.place(candidates, day, policy, load)) {
            Waiting w = byMsisdn.get(p.candidate().msisdn());
            switch (p) {
                case Dispatcher.NewTask t -> {
                    Instant start = dayStart(t.day(), policy, zone, now);
                    newTasks.add(new TaskTable.NewTask(w.msisdn(), t.day(), t.assignee(), channelOf(w).name(),
                            w.bestType(), w.expectedValue(), start, start.plusSeconds(3600L * w.slaHours()), w.momentIds(),
                            campaignOf.get(w.msisdn())));
                    created++;
                }
                case Dispatcher.Merge m -> {
                    tasks.addValue(m.taskId(), w.expectedValue(), now);
                    tasks.linkMoments(w.momentIds(), m.taskId());
                    tasks.tagCampaign(m.taskId(), campaignOf.get(w.msisdn()));
                    merged++;
                }
                case Dispatcher.Sms s -> {
                    smsMoments.addAll(w.momentIds());
                    sms++;
                }
                case Dispatcher.Defer d -> deferred++;
                case Dispatcher.Suppress s -> {
                    tasks.markMoments(w.momentIds(), "SUPPRESSED", s.reason());
                    suppressed++;
                }
            }
        }
        tasks.createAll(newTasks, now);
        sendSms(smsMoments);
        return new Result(day, waiting.size(), created, merged, sms, deferred, suppressed, lapsed,
                (System.nanoTime() - started) / 1e9, held);
    }

    private static Candidate candidate(Waiting w) {
        Channel channel = channelOf(w);
        String owner = channel == Channel.ACCOUNT_MANAGER ? w.accountManager() : w.phoneManager();
        return new Candidate(w.msisdn(), w.expectedValue(), w.smsOnly() ? Channel.SMS : channel, owner, w.openTaskId(),
                w.lastDay(), w.doNotCall(), w.recentContacts(), w.callback());
    }

    /** An account manager's moment goes to the account manager when the subscriber has one, else to the phone manager. */
    private static Channel channelOf(Waiting w) {
        return w.forAccountManager() && w.accountManager() != null ? Channel.ACCOUNT_MANAGER : Channel.PHONE_MANAGER;
    }

    /** When calls may start on {@code day}: now for today (after quiet hours), the end of the night's quiet hours otherwise. */
    private static Instant dayStart(LocalDate day, ContactPolicy policy, ZoneId zone, Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalDateTime from = day.isAfter(local.toLocalDate()) ? day.atStartOfDay() : local;
        return policy.nextAllowed(from).atZone(zone).toInstant();
    }

    /** One text message per moment, in both languages, idempotent by the moment's id. */
    private void sendSms(List<Long> momentIds) {
        if (momentIds.isEmpty()) {
            return;
        }
        Map<String, MomentType> types = new HashMap<>();
        catalog.types().forEach(t -> types.put(t.code(), t));
        List<SmsMessage> messages = new ArrayList<>();
        jdbc.query("select id, msisdn, type, detail_zh, detail_en from moments where id = any(?)", rs -> {
            MomentType type = types.get(rs.getString(3));
            messages.add(new SmsMessage(rs.getString(2), "moment." + rs.getString(3),
                    "【满意】" + type.script(false, "尊敬的客户", rs.getString(4)),
                    type.script(true, "Dear customer", rs.getString(5)), "moment:" + rs.getLong(1)));
        }, (Object) jdbc.execute((java.sql.Connection c) -> c.createArrayOf("bigint", momentIds.toArray())));
        outbox.sendAll(messages);
        tasks.markMoments(momentIds, "SMS", null);
    }
}
