package io.manyi.province;

/**
 * Receives a generated province row by row, one callback per kind. Rows of one subscriber
 * arrive together; nothing is kept in memory for the sink's sake, so a writer can stream
 * millions of rows. The truth callbacks ({@link #churn}, {@link #hazard}) carry what the
 * product must never see.
 */
public interface ProvinceSink {

    void plan(Rows.Plan row);

    void staff(Rows.Staff row);

    void group(Rows.Group row);

    void subscriber(Rows.Subscriber row);

    void assignment(Rows.Assignment row);

    void groupMember(Rows.GroupMember row);

    void usage(Rows.Usage row);

    void payment(Rows.Payment row);

    void vasSubscription(Rows.VasSubscription row);

    void complaint(Rows.Complaint row);

    void churn(Rows.Churn row);

    void hazard(Rows.Hazard row);
}
