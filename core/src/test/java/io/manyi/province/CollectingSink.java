package io.manyi.province;

import java.util.ArrayList;
import java.util.List;

/** Keeps every generated row in memory, for tests on small provinces. */
final class CollectingSink implements ProvinceSink {

    final List<Rows.Plan> plans = new ArrayList<>();
    final List<Rows.Staff> staff = new ArrayList<>();
    final List<Rows.Group> groups = new ArrayList<>();
    final List<Rows.Subscriber> subscribers = new ArrayList<>();
    final List<Rows.Assignment> assignments = new ArrayList<>();
    final List<Rows.GroupMember> groupMembers = new ArrayList<>();
    final List<Rows.Usage> usage = new ArrayList<>();
    final List<Rows.Payment> payments = new ArrayList<>();
    final List<Rows.VasSubscription> vas = new ArrayList<>();
    final List<Rows.Complaint> complaints = new ArrayList<>();
    final List<Rows.Churn> churn = new ArrayList<>();
    final List<Rows.Hazard> hazard = new ArrayList<>();

    static CollectingSink generate(ProvinceSpec spec) {
        CollectingSink sink = new CollectingSink();
        new ProvinceGenerator(spec).generate(sink);
        return sink;
    }

    /** Every row of every kind, in emission order, as text: equal lists mean identical output. */
    List<String> everything() {
        List<String> all = new ArrayList<>();
        for (List<?> rows : List.of(plans, staff, groups, subscribers, assignments, groupMembers, usage, payments, vas,
                complaints, churn, hazard)) {
            rows.forEach(row -> all.add(row.toString()));
        }
        return all;
    }

    @Override public void plan(Rows.Plan row) { plans.add(row); }
    @Override public void staff(Rows.Staff row) { staff.add(row); }
    @Override public void group(Rows.Group row) { groups.add(row); }
    @Override public void subscriber(Rows.Subscriber row) { subscribers.add(row); }
    @Override public void assignment(Rows.Assignment row) { assignments.add(row); }
    @Override public void groupMember(Rows.GroupMember row) { groupMembers.add(row); }
    @Override public void usage(Rows.Usage row) { usage.add(row); }
    @Override public void payment(Rows.Payment row) { payments.add(row); }
    @Override public void vasSubscription(Rows.VasSubscription row) { vas.add(row); }
    @Override public void complaint(Rows.Complaint row) { complaints.add(row); }
    @Override public void churn(Rows.Churn row) { churn.add(row); }
    @Override public void hazard(Rows.Hazard row) { hazard.add(row); }
}
