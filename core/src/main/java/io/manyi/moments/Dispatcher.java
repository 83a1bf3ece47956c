package io.manyi.moments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides, for each subscriber with moments waiting, what happens today: a new task for their
 * manager (today, or a later day within the window when today is full), a reason added to the
 * task they already have, a text message, nothing yet (deferred to the next dispatch), or nothing
 * at all (the contact policy). Most valuable first, so a full day keeps the best calls.
 */
public final class Dispatcher {

    /**
     * One subscriber's waiting moments, merged.
     *
     * @param expectedValue  the sum of the moments' expected values (one call, several reasons)
     * @param channel        SMS only when every moment asks for SMS
     * @param owner          the person whose task it is (phone or account manager), null for the team pool
     * @param openTaskId     the subscriber's open task, if any
     * @param lastDay        the last day a call still helps (the earliest window end)
     * @param recentContacts tasks and messages the subscriber had in the policy's period
     * @param callback       a callback is among the moments (a complaint closed, a low survey score):
     *                       it may use the day's reserve, and it is never turned into a text message
     */
    public record Candidate(String msisdn, double expectedValue, Channel channel, String owner, Long openTaskId,
                            LocalDate lastDay, boolean doNotCall, int recentContacts, boolean callback) {
    }

    public sealed interface Placement permits NewTask, Merge, Sms, Defer, Suppress {
        Candidate candidate();
    }

    /** A new task for {@code assignee} (null: the team pool) on {@code day}. */
    public record NewTask(Candidate candidate, LocalDate day, String assignee) implements Placement {
    }

    public record Merge(Candidate candidate, long taskId) implements Placement {
    }

    public record Sms(Candidate candidate) implements Placement {
    }

    /** No free call within the window yet; the next dispatch tries again. */
    public record Defer(Candidate candidate) implements Placement {
    }

    public record Suppress(Candidate candidate, String reason) implements Placement {
    }

    public static final String DO_NOT_CALL = "do-not-call";
    public static final String CONTACT_LIMIT = "contact-limit";

    private Dispatcher() {
    }

    public static List<Placement> place(List<Candidate> candidates, LocalDate today, ContactPolicy policy, DayLoad load) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingDouble(Candidate::expectedValue).reversed().thenComparing(Candidate::msisdn));
        List<Placement> placements = new ArrayList<>(ordered.size());
        for (Candidate c : ordered) {
            placements.add(placeOne(c, today, policy, load));
        }
        return placements;
    }

    private static Placement placeOne(Candidate c, LocalDate today, ContactPolicy policy, DayLoad load) {
        if (c.doNotCall()) {
            return new Suppress(c, DO_NOT_CALL);
        }
        if (c.openTaskId() != null) {
            return new Merge(c, c.openTaskId());
        }
        if (c.recentContacts() >= policy.maxContacts()) {
            return new Suppress(c, CONTACT_LIMIT);
        }
        if (!c.channel().isCall() || c.expectedValue() <= 0) {
            return new Sms(c);
        }
        LocalDate last = today.plusDays(policy.overflowDays());
        if (c.lastDay() != null && c.lastDay().isBefore(last)) {
            last = c.lastDay();
        }
        for (LocalDate day = today; !day.isAfter(last); day = day.plusDays(1)) {
            if (c.callback() ? load.takeForCallback(c.owner(), day) : load.take(c.owner(), day)) {
                return new NewTask(c, day, c.owner());
            }
        }
        // A callback was promised to a person: a text is no callback, so it waits for room instead.
        return c.expectedValue() < policy.smsBelowYuan() && !c.callback() ? new Sms(c) : new Defer(c);
    }
}
