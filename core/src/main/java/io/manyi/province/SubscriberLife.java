package io.manyi.province;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One subscriber lived month by month through the window: the hidden churn process decides
 * whether they start considering leaving and whether they leave; usage, bills, value-added
 * services and complaints follow from it; at the end come the rows about the subscriber.
 */
final class SubscriberLife {

    /** Months of latent history simulated before the window, so that the window opens in a steady state. */
    static final int BURN_IN_MONTHS = 12;

    private final SplittableRandom rng;
    private final SubscriberProfile p;
    private final Window window;
    private final Organisation organisation;
    private final ComplaintDesk desk;
    private final ProvinceSink sink;
    private final LatentState s = new LatentState();
    private final Billing billing;
    private final VasAccount vas;
    private final List<Rows.Complaint> complaints = new ArrayList<>(2);
    private LocalDate cancelledOn;
    private String churnCause;
    private int churnIntentMonths;

    SubscriberLife(SplittableRandom rng, SubscriberProfile profile, Window window, Organisation organisation,
                   ComplaintDesk desk, ProvinceSink sink) {
        this.rng = rng;
        this.p = profile;
        this.window = window;
        this.organisation = organisation;
        this.desk = desk;
        this.sink = sink;
        this.billing = new Billing(window);
        this.vas = new VasAccount(rng, profile, window, desk, complaints, sink);
    }

    void live() {
        int first = Math.max(0, window.indexOf(p.activatedOn));
        if (first == 0 && p.activatedOn.isBefore(window.get(0).month().atDay(1))) {
            burnIn();
            vas.subscribeBeforeWindow();
        }
        s.dissatisfaction = 0;
        for (int m = first; m < window.size() && cancelledOn == null; m++) {
            liveMonth(window.get(m), m == first && !p.activatedOn.isBefore(window.get(m).month().atDay(1)));
        }
        emitSubscriber();
    }

    /** Latent dynamics only: who is already considering leaving when the window opens, and for how long. */
    private void burnIn() {
        YearMonth start = window.get(0).month();
        for (int b = BURN_IN_MONTHS; b > 0; b--) {
            YearMonth month = start.minusMonths(b);
            if (month.isBefore(YearMonth.from(p.activatedOn))) {
                continue;
            }
            updateExposure();
            boolean locked = p.contractEnd != null && p.contractEnd.isAfter(month.atEndOfMonth());
            boolean ended = contractJustEnded(month);
            // Complaints and bills before the window are not generated; draw their effect at its usual level.
            s.dissatisfaction = Draw.chance(rng, 0.04) ? Draw.uniform(rng, 0.5, 1.5) : 0;
            boolean inArrears = p.payer == SubscriberProfile.Payer.CHRONIC ? Draw.chance(rng, 0.3)
                    : p.payer == SubscriberProfile.Payer.OCCASIONAL && Draw.chance(rng, 0.03);
            stepIntent(p.tenureMonths(month), locked, ended, inArrears);
            double hazard = 1 - Math.exp(-(s.considering ? ChurnModel.intentHazard(s.consideringMonths) : 0));
            if (Draw.chance(rng, hazard)) {
                s.settle(); // this one would have left before the window: its successor in the base starts afresh
            }
        }
    }

    private void liveMonth(Window.Month month, boolean activationMonth) {
        YearMonth ym = month.month();
        LocalDateTime monthStart = ym.atDay(1).atStartOfDay();
        updateExposure();
        s.dissatisfaction = 0.6 * s.dissatisfaction + 0.8 * Math.min(2, openComplaints(monthStart))
                + 0.5 * Math.min(2, vas.unconfirmedActive(monthStart)) + 0.3 * Math.min(2, complaintsIn(ym.minusMonths(1)));
        s.suspended = billing.daysOverdue() >= 60;
        boolean locked = p.contractEnd != null && p.contractEnd.isAfter(ym.atEndOfMonth());
        boolean ended = contractJustEnded(ym);
        boolean inArrears = billing.daysOverdue() >= 30;
        int tenure = p.tenureMonths(ym);
        stepIntent(tenure, locked, ended, inArrears);

        double random = p.brand.randomChurnRate * ChurnModel.tenureFactor(tenure);
        double intent = s.considering ? ChurnModel.intentHazard(s.consideringMonths) * (locked ? 0.5 : 1) : 0;
        double forced = billing.daysOverdue() >= 90 ? ChurnModel.FORCED_CANCELLATION : 0;
        double total = random + intent + forced;
        double hazard = 1 - Math.exp(-total);
        sink.hazard(new Rows.Hazard(p.msisdn, ym, hazard));

        int firstDay = activationMonth ? p.activatedOn.getDayOfMonth() : 1;
        int lastDay = month.days();
        boolean leaves = Draw.chance(rng, hazard);
        if (leaves) {
            lastDay = firstDay + rng.nextInt(month.days() - firstDay + 1);
            cancelledOn = month.day(lastDay);
            double share = rng.nextDouble() * total;
            churnCause = share < random ? ChurnModel.RANDOM : share < random + forced ? ChurnModel.ARREARS : s.cause;
            churnIntentMonths = s.consideringMonths;
        }
        double fraction = (lastDay - firstDay + 1) / (double) month.days();
        if (s.considering && s.cutsSpend && Draw.chance(rng, 0.25) || !s.considering && Draw.chance(rng, 0.003)) {
            p.plan = PlanCatalogue.cheapest(p.brand); // downgrade: a classic sign, and sometimes just thrift
        }
        driftSpendLevel();

        long vasFen = vas.month(month, firstDay, lastDay, cancelledOn);
        Rows.Usage usage = UsageModel.month(rng, p, s, month, fraction, vasFen);
        sink.usage(usage);
        sink.payment(billing.bill(rng, p, month, usage.spendFen(), s.considering, lastDay, leaves));
        maybeComplain(month, firstDay, lastDay);
    }

    private void stepIntent(int tenure, boolean locked, boolean ended, boolean inArrears) {
        if (s.considering) {
            if (Draw.chance(rng, ChurnModel.SETTLES)) {
                s.settle();
            } else {
                s.consideringMonths++;
            }
            return;
        }
        double propensity = ChurnModel.PROPENSITY_WEIGHT * p.propensity;
        double competitor = ChurnModel.COMPETITOR_WEIGHT * s.exposure;
        double dissatisfaction = ChurnModel.DISSATISFACTION_WEIGHT * s.dissatisfaction;
        double contract = ended ? ChurnModel.CONTRACT_END_WEIGHT : 0;
        double arrears = inArrears ? ChurnModel.ARREARS_WEIGHT : 0;
        double rate = ChurnModel.INTENT_BASE * p.brand.intentFactor * ChurnModel.tenureFactor(tenure)
                * Math.exp(propensity + competitor + dissatisfaction + contract + arrears) * (locked ? ChurnModel.LOCK_IN : 1);
        if (Draw.chance(rng, 1 - Math.exp(-rate))) {
            String cause = ChurnModel.PROPENSITY;
            double strongest = propensity;
            if (competitor > strongest) {
                cause = ChurnModel.COMPETITOR;
                strongest = competitor;
            }
            if (dissatisfaction > strongest) {
                cause = ChurnModel.DISSATISFACTION;
                strongest = dissatisfaction;
            }
            if (contract > strongest) {
                cause = ChurnModel.CONTRACT_END;
                strongest = contract;
            }
            if (arrears > strongest) {
                cause = ChurnModel.ARREARS;
            }
            s.startConsidering(cause, Draw.chance(rng, 0.7), Draw.chance(rng, 0.8));
        }
    }

    private void updateExposure() {
        if (s.exposure < 0.05) {
            s.exposure = Draw.chance(rng, ChurnModel.exposureRate(p)) ? Draw.uniform(rng, 0.4, 1.0) : 0;
        } else {
            s.exposure *= ChurnModel.EXPOSURE_DECAY;
        }
    }

    private boolean contractJustEnded(YearMonth month) {
        if (p.contractEnd == null) {
            return false;
        }
        LocalDate end = p.contractEnd;
        return !end.isAfter(month.atEndOfMonth())
                && end.isAfter(month.minusMonths(ChurnModel.CONTRACT_END_MONTHS).atEndOfMonth());
    }

    private void driftSpendLevel() {
        double u = rng.nextDouble();
        if (u < 0.012) {
            s.spendLevel = Math.max(0.35, s.spendLevel * Draw.uniform(rng, 0.55, 0.85));
        } else if (u < 0.022) {
            s.spendLevel = Math.min(2.5, s.spendLevel * Draw.uniform(rng, 1.15, 1.45));
        }
    }

    private void maybeComplain(Window.Month month, int firstDay, int lastDay) {
        double rate = 0.005 * p.brand.complaintFactor + (s.considering ? 0.07 : 0) + (s.exposure > 0.5 ? 0.004 : 0)
                + (s.suspended ? 0.04 : 0);
        if (Draw.chance(rng, rate)) {
            LocalDateTime openedAt = month.at(firstDay + rng.nextInt(lastDay - firstDay + 1), 480 + rng.nextInt(840));
            Rows.Complaint complaint = desk.open(rng, p.msisdn, openedAt, s.considering, false);
            complaints.add(complaint);
            sink.complaint(complaint);
        }
    }

    /** Complaints opened more than a week before {@code at} and still open then. */
    private int openComplaints(LocalDateTime at) {
        int open = 0;
        LocalDateTime weekBefore = at.minusDays(7);
        for (Rows.Complaint c : complaints) {
            if (c.openedAt().isBefore(weekBefore) && (c.closedAt() == null || c.closedAt().isAfter(at))) {
                open++;
            }
        }
        return open;
    }

    private int complaintsIn(YearMonth month) {
        int count = 0;
        for (Rows.Complaint c : complaints) {
            if (YearMonth.from(c.openedAt()).equals(month)) {
                count++;
            }
        }
        return count;
    }

    private void emitSubscriber() {
        String status = cancelledOn != null ? "CANCELLED" : billing.daysOverdue() >= 30 ? "SUSPENDED" : "ACTIVE";
        sink.subscriber(new Rows.Subscriber(p.msisdn, p.name, p.idNumber, p.gender, p.birthDate, p.city.name(),
                p.district.name(), p.brand.code(), p.plan.planCode(), p.activatedOn, status,
                p.premiumNumber ? "PREMIUM" : "NORMAL", p.contractEnd, cancelledOn));
        Membership.assign(rng, p, window, organisation, cancelledOn, sink);
        vas.emit();
        if (cancelledOn != null) {
            sink.churn(new Rows.Churn(p.msisdn, YearMonth.from(cancelledOn), cancelledOn, churnCause, churnIntentMonths));
        }
    }
}
