package io.manyi.subscriber;

import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberView.Masked;
import io.manyi.subscriber.internal.SubscriberListRow;
import io.manyi.subscriber.internal.SubscriberQueries;
import io.manyi.subscriber.internal.SubscriberRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Finding subscribers and reading one whole: the only way personal data leaves the database for
 * a person to see. Here the data scope is enforced (a phone manager reads only their book),
 * personal fields are masked for the reader's roles, and every read is audited - one audit entry
 * per request, naming every subscriber it showed.
 */
@Service
public class SubscriberDirectory {

    static final int MONTHS_SHOWN = 12;
    static final int VAS_SHOWN = 50;
    static final int COMPLAINTS_SHOWN = 10;

    private final SubscriberQueries queries;
    private final SubscriberRefs refs;
    private final AuditLog audit;
    private final Clock clock;

    public SubscriberDirectory(SubscriberQueries queries, SubscriberRefs refs, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.refs = refs;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SubscriberListItem> search(CurrentUser reader, SubscriberSearch search) {
        requireSomeRole(reader);
        String onlyAssignedTo = reader.scopedToAssignments() ? reader.username() : null;
        List<SubscriberListRow> rows = queries.search(search, onlyAssignedTo);
        Visibility visibility = Visibility.of(reader.roles());
        audit.record(reader.username(), "subscriber.search", summary(rows), searchDetail(search, rows));
        return rows.stream()
                .map(row -> new SubscriberListItem(visibility.showMsisdn(row.msisdn()), refs.of(row.msisdn()),
                        visibility.showName(row.name()), row.brand(), row.planCode(), row.planName(), row.city(),
                        row.district(), row.status(), row.manager()))
                .toList();
    }

    /**
     * The 360 view of one subscriber, by number or by reference.
     *
     * @throws SubscriberNotFound   when nobody has that number
     * @throws SubscriberOutOfScope when the reader is a manager and the subscriber is not theirs
     */
    public SubscriberView view(CurrentUser reader, String msisdnOrRef) {
        requireSomeRole(reader);
        String msisdn = msisdnOrRef.matches("\\d{1,15}")
                ? msisdnOrRef
                : refs.resolve(msisdnOrRef).orElseThrow(() -> new SubscriberNotFound("with this reference"));
        SubscriberRow row = queries.find(msisdn).orElseThrow(() -> new SubscriberNotFound(msisdnOrRef));
        requireInBook(reader, msisdn, "subscriber.view");
        Visibility visibility = Visibility.of(reader.roles());
        Masked masked = Masked.by(visibility);
        audit.record(reader.username(), "subscriber.view", msisdn, maskedFields(masked));
        LocalDate today = LocalDate.now(clock);
        return new SubscriberView(
                visibility.showMsisdn(row.msisdn()), refs.of(row.msisdn()), visibility.showName(row.name()),
                visibility.showIdNumber(row.idNumber()), row.gender(), visibility.showBirthDate(row.birthDate()),
                Tenure.age(row.birthDate(), today), row.city(), row.district(), row.brand(), row.plan(),
                row.activatedOn(), Tenure.months(row.activatedOn(), today), row.status(), row.numberType(),
                row.contractEnd(), row.cancelledOn(),
                queries.usage(msisdn, MONTHS_SHOWN), queries.payments(msisdn, MONTHS_SHOWN),
                queries.vas(msisdn, VAS_SHOWN), queries.groups(msisdn), queries.managers(msisdn),
                queries.complaints(msisdn, COMPLAINTS_SHOWN, clock.getZone()), masked);
    }

    /**
     * One subscriber in one line for another feature's desk (the complaint desk's lookup): empty when
     * nobody has the number; the book applies and the read is audited as {@code action}, naming
     * in {@code detail} everything the desk shows with it.
     *
     * @throws SubscriberOutOfScope when the reader is a manager and the subscriber is not theirs
     */
    public Optional<SubscriberBrief> brief(CurrentUser reader, String msisdn, String action, String detail) {
        requireSomeRole(reader);
        Optional<SubscriberRow> row = queries.find(msisdn);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        requireInBook(reader, msisdn, action);
        audit.record(reader.username(), action, msisdn, detail);
        return Optional.of(new SubscriberBrief(Visibility.of(reader.roles()).showName(row.get().name()),
                row.get().brand(), row.get().city()));
    }

    /**
     * The data-scope check of {@link #view} for features that show a subscriber's data of their own
     * (tier, points): passes quietly, or throws as {@code view} would (a refusal is audited).
     *
     * @throws SubscriberNotFound   when nobody has that number
     * @throws SubscriberOutOfScope when the reader is a manager and the subscriber is not theirs
     */
    public void requireReadable(CurrentUser reader, String msisdn) {
        requireReadable(reader, msisdn, "subscriber.view");
    }

    /**
     * {@link #requireReadable(CurrentUser, String)} for a feature's own read, whose refusal is audited
     * as {@code <action>.denied} (e.g. {@code loyalty.account.denied}).
     */
    public void requireReadable(CurrentUser reader, String msisdn, String action) {
        requireSomeRole(reader);
        if (msisdn == null || queries.find(msisdn).isEmpty()) {
            throw new SubscriberNotFound(msisdn == null ? "without a number" : msisdn);
        }
        requireInBook(reader, msisdn, action);
    }

    /**
     * The book check alone, for a feature that found the subscriber itself: a phone or account
     * manager passes only for a subscriber of their book. A refusal is audited as
     * {@code <action>.denied} with status 403, in a transaction of its own so that a write rolled
     * back by the refusal still leaves the row.
     *
     * @throws SubscriberOutOfScope when the reader is a manager and the subscriber is not theirs
     */
    public void requireInBook(CurrentUser reader, String msisdn, String action) {
        requireSomeRole(reader);
        if (!inBook(reader, msisdn)) {
            audit.recordRefusal(reader.username(), action + ".denied", msisdn, "not assigned status=403");
            throw new SubscriberOutOfScope();
        }
    }

    /**
     * True when the reader may read this subscriber: anyone not book-scoped, or a manager whose book
     * has them (assigned, or a member of a group customer they look after).
     */
    public boolean inBook(CurrentUser reader, String msisdn) {
        return !reader.scopedToAssignments() || (msisdn != null && queries.inBook(msisdn, reader.username()));
    }

    /** Security admits only users with a role; this keeps a role-less reader from reading everyone. */
    private static void requireSomeRole(CurrentUser reader) {
        if (reader.roles().isEmpty()) {
            throw new AccessDeniedException("No role");
        }
    }

    /** The audit subject of a list read: the count and the first numbers (the detail has them all). */
    private static String summary(List<SubscriberListRow> rows) {
        if (rows.isEmpty()) {
            return "0 subscribers";
        }
        String first = rows.stream().limit(3).map(SubscriberListRow::msisdn).collect(Collectors.joining(","));
        return rows.size() + " subscribers: " + first + (rows.size() > 3 ? ",..." : "");
    }

    private static String searchDetail(SubscriberSearch search, List<SubscriberListRow> rows) {
        StringBuilder detail = new StringBuilder();
        if (search.q() != null) {
            detail.append("q=").append(search.q()).append(' ');
        }
        if (search.manager() != null) {
            detail.append("manager=").append(search.manager()).append(' ');
        }
        detail.append("limit=").append(search.limit());
        if (!rows.isEmpty()) {
            detail.append(" msisdns=")
                    .append(rows.stream().map(SubscriberListRow::msisdn).collect(Collectors.joining(",")));
        }
        return detail.toString();
    }

    private static String maskedFields(Masked masked) {
        StringBuilder fields = new StringBuilder("masked=");
        if (masked.msisdn()) {
            fields.append("msisdn,");
        }
        if (masked.name()) {
            fields.append("name,");
        }
        if (masked.idNumber()) {
            fields.append("idNumber,");
        }
        return fields.charAt(fields.length() - 1) == ',' ? fields.substring(0, fields.length() - 1) : fields + "none";
    }
}
