package io.manyi.province;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * The rows a generated province is made of, one record per {@link io.manyi.intake.Kind} (in the
 * order of that kind's columns) plus the two truth rows. Money is in fen ({@code long}) so that
 * the hot loop never touches {@code BigDecimal}; a null field is an empty CSV field.
 */
public final class Rows {

    private Rows() {
    }

    public record Plan(String planCode, String planName, String brand, long monthlyFeeFen, int voiceMinutes,
                       int dataMb, int sms, String category) {
    }

    public record Staff(String username, String displayName, String role, String city, String team,
                        int dailyCapacity) {
    }

    public record Subscriber(String msisdn, String name, String idNumber, char gender, LocalDate birthDate,
                             String city, String district, String brand, String planCode, LocalDate activatedOn,
                             String status, String numberType, LocalDate contractEnd, LocalDate cancelledOn) {
    }

    public record Assignment(String msisdn, String role, String username, LocalDate since) {
    }

    /** {@code contractEnd}: the end of the group's contract with the operator, null when it has none. */
    public record Group(String groupId, String name, char groupClass, String city, String industry,
                        String accountManager, LocalDate contractEnd) {
    }

    public record GroupMember(String groupId, String msisdn, LocalDate joinedOn, LocalDate leftOn) {
    }

    public record Usage(String msisdn, YearMonth month, long spendFen, int localMinutes, int longDistanceMinutes,
                        int roamingMinutes, int sms, int dataMb, long vasSpendFen, int competitorCalls,
                        int competitorForwards, int distinctContacts, int competitorContacts) {
    }

    /**
     * The account in one month, as at that month's last day: what was charged, what was paid in
     * the month (which may settle older debt), the debt outstanding and the age of its oldest part.
     */
    public record Payment(String msisdn, YearMonth month, long billedFen, long paidFen, LocalDate paidOn,
                          long arrearsFen, int daysOverdue) {
    }

    public record VasSubscription(String msisdn, String serviceCode, String serviceName, String channel,
                                  LocalDateTime subscribedAt, boolean confirmed, LocalDateTime cancelledAt,
                                  long monthlyFeeFen) {
    }

    public record Complaint(String complaintId, String msisdn, String channel, String category, String severity,
                            LocalDateTime openedAt, LocalDateTime closedAt, String description) {
    }

    /** Truth: who left, when, and the driver that dominated ({@code random} when none did). */
    public record Churn(String msisdn, YearMonth churnMonth, LocalDate cancelledOn, String cause,
                        int intentMonths) {
    }

    /** Truth: the probability, known only to the generator, that the subscriber leaves in that month. */
    public record Hazard(String msisdn, YearMonth month, double hazard) {
    }
}
