package io.manyi.province;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A subscriber's value-added services. Old subscriptions carry over into the window; new ones
 * arrive now and then, some never knowingly agreed to. Of those, about a third end in a
 * "subscribed without knowing" complaint within two months and are cancelled at once; others
 * are quietly cancelled once the bill shows them; the rest keep billing, a source of lasting
 * dissatisfaction. Rows are emitted at the end, when each subscription's fate is known.
 */
final class VasAccount {

    private static final class Subscription {
        final int service;
        final int channel;
        final LocalDateTime subscribedAt;
        final boolean confirmed;
        LocalDateTime cancelledAt;
        /** Window month of the complaint it will cause, or -1. */
        int complaintMonth = -1;

        Subscription(int service, int channel, LocalDateTime subscribedAt, boolean confirmed) {
            this.service = service;
            this.channel = channel;
            this.subscribedAt = subscribedAt;
            this.confirmed = confirmed;
        }

        boolean activeAt(LocalDateTime at) {
            return subscribedAt.isBefore(at) && (cancelledAt == null || cancelledAt.isAfter(at));
        }
    }

    private final SplittableRandom rng;
    private final SubscriberProfile p;
    private final Window window;
    private final ComplaintDesk desk;
    private final List<Rows.Complaint> complaints;
    private final ProvinceSink sink;
    private final List<Subscription> subscriptions = new ArrayList<>(4);
    private final boolean youth;

    VasAccount(SplittableRandom rng, SubscriberProfile p, Window window, ComplaintDesk desk,
               List<Rows.Complaint> complaints, ProvinceSink sink) {
        this.rng = rng;
        this.p = p;
        this.window = window;
        this.desk = desk;
        this.complaints = complaints;
        this.sink = sink;
        this.youth = p.brand == BrandProfile.MZONE;
    }

    /** Services taken in the three years before the window and still active when it opens. */
    void subscribeBeforeWindow() {
        int count = Draw.poisson(rng, p.brand.vasMean);
        LocalDateTime start = window.get(0).month().atDay(1).atStartOfDay();
        LocalDateTime earliest = p.activatedOn.atStartOfDay().plusDays(1);
        if (earliest.isBefore(start.minusYears(3))) {
            earliest = start.minusYears(3);
        }
        long minutes = ChronoUnit.MINUTES.between(earliest, start);
        for (int i = 0; i < count && minutes > 0; i++) {
            int service = VasCatalogue.drawService(rng, youth);
            if (has(service)) {
                continue;
            }
            LocalDateTime at = earliest.plusMinutes(rng.nextLong(minutes)).withSecond(0);
            subscriptions.add(new Subscription(service, VasCatalogue.drawChannel(rng), at, !Draw.chance(rng, 0.04)));
        }
    }

    /** Active unconfirmed services at a moment: each one billed without consent is a grievance. */
    int unconfirmedActive(LocalDateTime at) {
        int count = 0;
        for (Subscription s : subscriptions) {
            if (!s.confirmed && s.activeAt(at)) {
                count++;
            }
        }
        return count;
    }

    /** This month's subscriptions, cancellations and complaints; returns the month's service fees in fen. */
    long month(Window.Month month, int firstDay, int lastDay, LocalDate cancelledOn) {
        int m = month.index();
        for (Subscription s : subscriptions) {
            if (s.cancelledAt != null) {
                continue;
            }
            if (s.complaintMonth == m) {
                LocalDateTime openedAt = later(month.at(firstDay + rng.nextInt(lastDay - firstDay + 1),
                        480 + rng.nextInt(840)), s.subscribedAt.plusHours(6));
                Rows.Complaint complaint = desk.open(rng, p.msisdn, openedAt, false, true);
                complaints.add(complaint);
                sink.complaint(complaint);
                s.cancelledAt = openedAt.plusMinutes(30 + rng.nextInt(3 * 24 * 60));
            } else if (!s.confirmed && s.complaintMonth < 0 && s.subscribedAt.isBefore(month.at(1, 0))
                    && Draw.chance(rng, 0.25)) {
                s.cancelledAt = later(month.at(firstDay + rng.nextInt(lastDay - firstDay + 1), 480 + rng.nextInt(840)),
                        s.subscribedAt.plusDays(1));
            } else if (s.confirmed && Draw.chance(rng, 0.012)) {
                s.cancelledAt = later(month.at(firstDay + rng.nextInt(lastDay - firstDay + 1), 480 + rng.nextInt(840)),
                        s.subscribedAt.plusDays(1));
            }
        }
        if (Draw.chance(rng, youth ? 0.06 : 0.04)) {
            int service = VasCatalogue.drawService(rng, youth);
            LocalDateTime at = month.at(firstDay + rng.nextInt(lastDay - firstDay + 1), rng.nextInt(1440));
            if (!has(service) && !takenAt(service, at)) {
                int channel = VasCatalogue.drawChannel(rng);
                boolean confirmed = VasCatalogue.confirmed(rng, service, channel);
                Subscription s = new Subscription(service, channel, at, confirmed);
                if (!confirmed && Draw.chance(rng, 0.35)) {
                    s.complaintMonth = m + 1 + rng.nextInt(2); // when the bill arrives, or a month later
                }
                subscriptions.add(s);
            }
        }
        LocalDateTime monthStart = month.at(1, 0);
        long fees = 0;
        for (Subscription s : subscriptions) {
            if (s.cancelledAt == null || !s.cancelledAt.isBefore(monthStart)) {
                fees += VasCatalogue.SERVICES[s.service].monthlyFeeFen();
            }
        }
        if (Draw.chance(rng, youth ? 0.2 : 0.1)) {
            fees += 100 + rng.nextInt(1400); // pay-per-use information fees
        }
        if (cancelledOn != null) {
            LocalDateTime end = cancelledOn.atTime(18, 0);
            for (Subscription s : subscriptions) {
                if (s.cancelledAt == null || s.cancelledAt.isAfter(end)) {
                    s.cancelledAt = later(end, s.subscribedAt.plusMinutes(1));
                }
            }
        }
        return fees;
    }

    void emit() {
        LocalDateTime asOf = window.asOf.atStartOfDay();
        for (Subscription s : subscriptions) {
            VasCatalogue.Service service = VasCatalogue.SERVICES[s.service];
            LocalDateTime cancelled = s.cancelledAt != null && s.cancelledAt.isBefore(asOf) ? s.cancelledAt : null;
            sink.vasSubscription(new Rows.VasSubscription(p.msisdn, service.code(), service.name(),
                    VasCatalogue.CHANNELS[s.channel], s.subscribedAt, s.confirmed, cancelled, service.monthlyFeeFen()));
        }
    }

    private boolean has(int service) {
        for (Subscription s : subscriptions) {
            if (s.service == service && s.cancelledAt == null) {
                return true;
            }
        }
        return false;
    }

    /** The file's key is (msisdn, service, subscribed_at): never two subscriptions at the same minute. */
    private boolean takenAt(int service, LocalDateTime at) {
        for (Subscription s : subscriptions) {
            if (s.service == service && s.subscribedAt.equals(at)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
