package io.manyi.intake;

import static io.manyi.intake.Column.optional;
import static io.manyi.intake.Column.required;
import static io.manyi.intake.ColumnType.date;
import static io.manyi.intake.ColumnType.money;
import static io.manyi.intake.ColumnType.month;
import static io.manyi.intake.ColumnType.msisdn;
import static io.manyi.intake.ColumnType.text;
import static io.manyi.intake.ColumnType.timestamp;
import static io.manyi.intake.ColumnType.wholeNumber;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What every column of every kind must hold, matching the SQL of the foundation schema (text
 * lengths are the {@code varchar(n)}), which columns form the primary key, and which kind of
 * key a kind provides for later kinds to refer to.
 */
public final class KindSchema {

    /** A check across columns of one row: the column to blame and why, or null when the row is fine. */
    public interface RowCheck {
        Problem check(KindSchema schema, ValidatedRow row);
    }

    public record Problem(String column, String reason) {
    }

    private static final Map<Kind, KindSchema> SCHEMAS = schemas();

    private final Kind kind;
    private final List<Column> columns;
    private final List<String> key;
    private final Reference provides;
    private final List<RowCheck> checks;

    private KindSchema(Kind kind, List<Column> columns, List<String> key, Reference provides, List<RowCheck> checks) {
        List<String> names = columns.stream().map(Column::name).toList();
        if (!names.equals(kind.columns())) {
            throw new IllegalStateException("The schema of " + kind + " does not match Kind.columns(): " + names);
        }
        this.kind = kind;
        this.columns = List.copyOf(columns);
        this.key = List.copyOf(key);
        this.provides = provides;
        this.checks = List.copyOf(checks);
    }

    public static KindSchema of(Kind kind) {
        return SCHEMAS.get(kind);
    }

    public Kind kind() {
        return kind;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The primary key columns of the kind's table. */
    public List<String> key() {
        return key;
    }

    /** The kind of key this kind's rows make known (its first key column), or null. */
    public Reference provides() {
        return provides;
    }

    /** The kinds of key this kind's rows refer to. */
    public List<Reference> references() {
        return columns.stream().map(Column::reference).filter(r -> r != null).distinct().toList();
    }

    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(kind + " has no column " + column);
    }

    List<RowCheck> checks() {
        return checks;
    }

    private static Map<Kind, KindSchema> schemas() {
        Map<Kind, KindSchema> schemas = new EnumMap<>(Kind.class);
        put(schemas, Kind.PLANS, List.of("plan_code"), Reference.PLAN, List.of(),
                required("plan_code", text(32)),
                required("plan_name", text(100)),
                required("brand", Codes.BRAND),
                required("monthly_fee", money()),
                required("voice_minutes", wholeNumber()),
                required("data_mb", wholeNumber()),
                required("sms", wholeNumber()),
                required("category", text(32)));
        put(schemas, Kind.STAFF, List.of("username"), Reference.STAFF, List.of(),
                required("username", text(64)),
                required("display_name", text(100)),
                required("role", Codes.STAFF_ROLE),
                optional("city", text(50)),
                optional("team", text(50)),
                optional("daily_capacity", wholeNumber()));
        put(schemas, Kind.SUBSCRIBERS, List.of("msisdn"), Reference.SUBSCRIBER, List.of(KindSchema::cancelledOnlyWhenCancelled),
                required("msisdn", msisdn()),
                required("name", text(100)),
                required("id_number", ColumnType.idNumber()),
                required("gender", Codes.GENDER),
                optional("birth_date", date()),
                required("city", text(50)),
                required("district", text(50)),
                required("brand", Codes.BRAND),
                required("plan_code", text(32)).refersTo(Reference.PLAN),
                required("activated_on", date()),
                required("status", Codes.STATUS),
                optional("number_type", text(16)).defaultingTo("NORMAL"),
                optional("contract_end", date()),
                optional("cancelled_on", date()));
        put(schemas, Kind.ASSIGNMENTS, List.of("msisdn", "role"), null, List.of(),
                required("msisdn", msisdn()).refersTo(Reference.SUBSCRIBER),
                required("role", Codes.MANAGER_ROLE),
                required("username", text(64)).refersTo(Reference.STAFF),
                required("since", date()));
        put(schemas, Kind.GROUPS, List.of("group_id"), Reference.GROUP, List.of(),
                required("group_id", text(32)),
                required("name", text(200)),
                required("class", Codes.GROUP_CLASS),
                required("city", text(50)),
                optional("industry", text(50)),
                optional("account_manager", text(64)).refersTo(Reference.STAFF),
                optional("contract_end", date()));
        put(schemas, Kind.GROUP_MEMBERS, List.of("group_id", "msisdn"), null, List.of(),
                required("group_id", text(32)).refersTo(Reference.GROUP),
                required("msisdn", msisdn()).refersTo(Reference.SUBSCRIBER),
                required("joined_on", date()),
                optional("left_on", date()));
        put(schemas, Kind.USAGE, List.of("msisdn", "month"), null, List.of(),
                required("msisdn", msisdn()).refersTo(Reference.SUBSCRIBER),
                required("month", month()),
                required("spend", money()),
                required("local_minutes", wholeNumber()),
                required("long_distance_minutes", wholeNumber()),
                required("roaming_minutes", wholeNumber()),
                required("sms", wholeNumber()),
                required("data_mb", wholeNumber()),
                required("vas_spend", money()),
                required("competitor_calls", wholeNumber()),
                required("competitor_forwards", wholeNumber()),
                required("distinct_contacts", wholeNumber()),
                required("competitor_contacts", wholeNumber()));
        put(schemas, Kind.PAYMENTS, List.of("msisdn", "month"), null, List.of(),
                required("msisdn", msisdn()).refersTo(Reference.SUBSCRIBER),
                required("month", month()),
                required("billed", money()),
                required("paid", money()),
                optional("paid_on", date()),
                required("arrears", money()),
                required("days_overdue", wholeNumber()));
        put(schemas, Kind.VAS_SUBSCRIPTIONS, List.of("msisdn", "service_code", "subscribed_at"), null, List.of(),
                required("msisdn", msisdn()).refersTo(Reference.SUBSCRIBER),
                required("service_code", text(32)),
                required("service_name", text(100)),
                required("channel", Codes.CHANNEL),
                required("subscribed_at", timestamp()),
                required("confirmed", ColumnType.yesNo()),
                optional("cancelled_at", timestamp()),
                required("monthly_fee", money()));
        put(schemas, Kind.COMPLAINTS, List.of("complaint_id"), null, List.of(),
                required("complaint_id", text(32)),
                required("msisdn", msisdn()).refersTo(Reference.SUBSCRIBER),
                required("channel", Codes.CHANNEL),
                required("category", text(64)),
                required("severity", Codes.SEVERITY),
                required("opened_at", timestamp()),
                optional("closed_at", timestamp()),
                optional("description", text(1000)));
        for (Kind kind : Kind.values()) {
            if (!schemas.containsKey(kind)) {
                throw new IllegalStateException("No schema for " + kind);
            }
        }
        return schemas;
    }

    private static void put(Map<Kind, KindSchema> schemas, Kind kind, List<String> key, Reference provides,
                            List<RowCheck> checks, Column... columns) {
        schemas.put(kind, new KindSchema(kind, List.of(columns), key, provides, checks));
    }

    /** A cancellation date belongs to a cancelled number only. */
    private static Problem cancelledOnlyWhenCancelled(KindSchema schema, ValidatedRow row) {
        int cancelledOn = schema.indexOf("cancelled_on");
        String status = row.value(schema.indexOf("status"));
        if (!row.isNull(cancelledOn) && status != null && !status.equals("CANCELLED")) {
            return new Problem("cancelled_on", "is only allowed when status is CANCELLED (status is " + status + ")");
        }
        return null;
    }
}
