package io.manyi.groups;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One group for a reader: the group and its figures of the month, the trend of the months before,
 * its members' risk (by band, and the members riskiest first with numbers and names masked for the
 * reader's roles), and the group's moments.
 *
 * @param riskBands     members at the month's end per 10-point band of churn probability; the 11th not scored
 * @param memberCount   members in the month (there at its end, or who left during it)
 */
public record GroupDetail(GroupSummary group, List<GroupFigures> trend, int[] riskBands, List<Member> members,
                          int memberCount, List<Moment> moments) {

    /** A member: {@code ref} opens the subscriber 360; {@code goneOn} when they left (the group or the network). */
    public record Member(String msisdn, String ref, String name, LocalDate joinedOn, LocalDate goneOn,
                         boolean leftNetwork, BigDecimal spendYuan, Double probability, String reason,
                         int openComplaints) {
    }

    /** A group-level key moment found for this group. */
    public record Moment(String type, String occurrence, LocalDate detectedOn, String status, String detail,
                         Long taskId) {
    }
}
