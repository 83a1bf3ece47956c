package io.manyi.subscriber;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * One subscriber in one view (the 360): profile, plan, a year of usage and payments, value-added
 * services, groups, managers and recent complaints. Personal fields arrive already masked for the
 * reader; {@link #masked} says which.
 *
 * @param ref        an opaque reference to this subscriber for links, which does not reveal the number
 * @param birthDate  ISO date, or {@code ****-MM-DD} when the reader may not see the year
 */
public record SubscriberView(
        String msisdn, String ref, String name, String idNumber, String gender, String birthDate, Integer age,
        String city, String district, String brand, Plan plan, LocalDate activatedOn, long tenureMonths,
        String status, String numberType, LocalDate contractEnd, LocalDate cancelledOn,
        List<MonthlyUsage> usage, List<Payment> payments, List<VasSubscription> vas, List<GroupMembership> groups,
        List<AssignedManager> managers, List<Complaint> complaints, Masked masked) {

    /** Which personal fields this view shows masked. */
    public record Masked(boolean msisdn, boolean name, boolean idNumber) {
        public static Masked by(Visibility visibility) {
            return new Masked(!visibility.msisdn(), !visibility.name(), !visibility.idNumber());
        }
    }

    public record Plan(String code, String name, String brand, BigDecimal monthlyFee, int voiceMinutes, int dataMb,
                       int sms, String category) {
    }

    public record MonthlyUsage(YearMonth month, BigDecimal spend, int localMinutes, int longDistanceMinutes,
                               int roamingMinutes, int sms, int dataMb, BigDecimal vasSpend, int competitorCalls,
                               int competitorForwards, int distinctContacts, int competitorContacts) {
        public int totalMinutes() {
            return localMinutes + longDistanceMinutes + roamingMinutes;
        }
    }

    public record Payment(YearMonth month, BigDecimal billed, BigDecimal paid, LocalDate paidOn, BigDecimal arrears,
                          int daysOverdue) {
        public boolean inArrears() {
            return arrears.signum() > 0;
        }
    }

    public record VasSubscription(String serviceCode, String serviceName, String channel, LocalDateTime subscribedAt,
                                  boolean confirmed, LocalDateTime cancelledAt, BigDecimal monthlyFee) {
        public boolean active() {
            return cancelledAt == null;
        }
    }

    public record GroupMembership(String groupId, String name, @JsonProperty("class") String groupClass, String city,
                                  String industry, LocalDate joinedOn, LocalDate leftOn, String accountManager,
                                  String accountManagerName) {
    }

    /** A member of staff assigned to this subscriber, as a phone manager or account manager. */
    public record AssignedManager(String role, String username, String displayName, LocalDate since) {
    }

    /**
     * A complaint: a ticket handled in Manyi ({@code ticketId}; {@code complaintId} the imported one it
     * adopted, or T and its id) or an imported complaint no ticket adopted; times in the operator's zone.
     */
    public record Complaint(String complaintId, String channel, String category, String severity,
                            LocalDateTime openedAt, LocalDateTime closedAt, String description, Long ticketId) {
        public boolean open() {
            return closedAt == null;
        }
    }
}
