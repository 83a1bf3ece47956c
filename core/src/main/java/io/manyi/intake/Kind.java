package io.manyi.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of data an operator's exports bring in, in the order they must be imported
 * (a kind only refers to kinds before it). Each is one CSV file, {@code <name>.csv}, whose
 * header is {@link #columns()}; docs/data-formats.md documents every column with examples.
 */
public enum Kind {
    PLANS("plans", "plans",
            "plan_code", "plan_name", "brand", "monthly_fee", "voice_minutes", "data_mb", "sms", "category"),
    STAFF("staff", "staff",
            "username", "display_name", "role", "city", "team", "daily_capacity"),
    SUBSCRIBERS("subscribers", "subscribers",
            "msisdn", "name", "id_number", "gender", "birth_date", "city", "district", "brand", "plan_code",
            "activated_on", "status", "number_type", "contract_end", "cancelled_on"),
    ASSIGNMENTS("assignments", "assignments",
            "msisdn", "role", "username", "since"),
    GROUPS("groups", "group_customers",
            "group_id", "name", "class", "city", "industry", "account_manager", "contract_end"),
    GROUP_MEMBERS("group_members", "group_members",
            "group_id", "msisdn", "joined_on", "left_on"),
    USAGE("usage", "usage_monthly",
            "msisdn", "month", "spend", "local_minutes", "long_distance_minutes", "roaming_minutes", "sms",
            "data_mb", "vas_spend", "competitor_calls", "competitor_forwards", "distinct_contacts",
            "competitor_contacts"),
    PAYMENTS("payments", "payments",
            "msisdn", "month", "billed", "paid", "paid_on", "arrears", "days_overdue"),
    VAS_SUBSCRIPTIONS("vas_subscriptions", "vas_subscriptions",
            "msisdn", "service_code", "service_name", "channel", "subscribed_at", "confirmed", "cancelled_at",
            "monthly_fee"),
    COMPLAINTS("complaints", "complaints",
            "complaint_id", "msisdn", "channel", "category", "severity", "opened_at", "closed_at", "description");

    private final String cliName;
    private final String table;
    private final List<String> columns;

    Kind(String cliName, String table, String... columns) {
        this.cliName = cliName;
        this.table = table;
        this.columns = List.of(columns);
    }

    /** The name used on the command line, in the API path and as the file name without ".csv". */
    public String cliName() {
        return cliName;
    }

    public String fileName() {
        return cliName + ".csv";
    }

    /** The table the kind lands in; its columns have the same names as the CSV header. */
    public String table() {
        return table;
    }

    public List<String> columns() {
        return columns;
    }

    public static Optional<Kind> byName(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName.equalsIgnoreCase(name)).findFirst();
    }
}
