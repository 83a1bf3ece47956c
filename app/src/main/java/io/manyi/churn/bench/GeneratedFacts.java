package io.manyi.churn.bench;

import io.manyi.churn.ChurnFacts;
import io.manyi.province.ProvinceSink;
import io.manyi.province.Rows;
import java.util.function.Consumer;

/**
 * The generator's rows straight into {@link ChurnFacts}, one subscriber at a time (the generator
 * emits all of a subscriber's rows together), without files or a database: what the benchmark
 * measures is features, training and scoring, not the import. Also hands over each true hazard.
 */
final class GeneratedFacts implements ProvinceSink {

    interface HazardConsumer {
        void accept(String msisdn, java.time.YearMonth month, double hazard);
    }

    private final ChurnFacts facts;
    private final Consumer<ChurnFacts> consumer;
    private final HazardConsumer hazards;
    private String current;

    GeneratedFacts(ChurnFacts facts, Consumer<ChurnFacts> consumer, HazardConsumer hazards) {
        this.facts = facts;
        this.consumer = consumer;
        this.hazards = hazards;
    }

    private void at(String msisdn) {
        if (!msisdn.equals(current)) {
            finish();
            current = msisdn;
            facts.reset(msisdn);
        }
    }

    /** Hands over the last subscriber. */
    void finish() {
        if (current != null && facts.activatedOn != null) {
            consumer.accept(facts);
        }
        current = null;
    }

    @Override
    public void subscriber(Rows.Subscriber r) {
        at(r.msisdn());
        facts.brand = r.brand();
        facts.city = r.city();
        facts.planCode = r.planCode();
        facts.premiumNumber = "PREMIUM".equals(r.numberType());
        facts.activatedOn = r.activatedOn();
        facts.contractEnd = r.contractEnd();
        facts.cancelledOn = r.cancelledOn();
    }

    @Override
    public void usage(Rows.Usage r) {
        at(r.msisdn());
        int m = facts.indexOf(r.month());
        if (m >= 0) {
            facts.usage(m, r.spendFen(), r.localMinutes() + r.longDistanceMinutes() + r.roamingMinutes(),
                    r.roamingMinutes(), r.sms(), r.dataMb(), r.vasSpendFen(), r.competitorCalls(),
                    r.competitorForwards(), r.distinctContacts(), r.competitorContacts());
        }
    }

    @Override
    public void payment(Rows.Payment r) {
        at(r.msisdn());
        int m = facts.indexOf(r.month());
        if (m >= 0 && (r.arrearsFen() > 0 || r.daysOverdue() > 0)) {
            facts.bill(m, r.arrearsFen(), r.daysOverdue());
        }
    }

    @Override
    public void vasSubscription(Rows.VasSubscription r) {
        at(r.msisdn());
        facts.service(ChurnFacts.seconds(r.subscribedAt()), ChurnFacts.seconds(r.cancelledAt()), r.confirmed());
    }

    @Override
    public void complaint(Rows.Complaint r) {
        at(r.msisdn());
        facts.complaint(ChurnFacts.seconds(r.openedAt()), ChurnFacts.seconds(r.closedAt()));
    }

    @Override
    public void hazard(Rows.Hazard r) {
        at(r.msisdn());
        hazards.accept(r.msisdn(), r.month(), r.hazard());
    }

    @Override
    public void plan(Rows.Plan row) {
    }

    @Override
    public void staff(Rows.Staff row) {
    }

    @Override
    public void group(Rows.Group row) {
    }

    @Override
    public void assignment(Rows.Assignment row) {
    }

    @Override
    public void groupMember(Rows.GroupMember row) {
    }

    @Override
    public void churn(Rows.Churn row) {
    }
}
