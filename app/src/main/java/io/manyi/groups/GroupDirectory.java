package io.manyi.groups;

import io.manyi.groups.internal.GroupFiguresQuery;
import io.manyi.groups.internal.GroupMomentRows;
import io.manyi.groups.internal.GroupQueries;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberRefs;
import io.manyi.subscriber.Visibility;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Group customers for a reader (docs/groups.md): the list with each group's figures of a month,
 * and one group with its trend, members' risk, members and moments. Scope by {@link GroupScope};
 * members' numbers and names are masked per role ({@link Visibility}) and every read of members
 * is audited with the numbers shown.
 */
@Service
public class GroupDirectory {

    /** Members listed on a group's page (the riskiest first); the figures count them all. */
    public static final int MEMBERS_SHOWN = 200;
    /** Months of the trend on a group's page, the month asked for included. */
    public static final int TREND_MONTHS = 6;
    private static final int AUDIT_CHUNK = 120;

    private final GroupQueries queries;
    private final GroupFiguresQuery figures;
    private final GroupMomentRows moments;
    private final GroupSettingsStore settings;
    private final SubscriberRefs refs;
    private final AuditLog audit;
    private final Clock clock;

    public GroupDirectory(GroupQueries queries, GroupFiguresQuery figures, GroupMomentRows moments,
                          GroupSettingsStore settings, SubscriberRefs refs, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.figures = figures;
        this.moments = moments;
        this.settings = settings;
        this.refs = refs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The month figures are for when none is asked: the last complete month. */
    /**
     * The months the month picker offers: those with data (assessed), newest first, and {@code chosen}
     * when it is not among them (so the picker shows what the page shows).
     */
    public List<YearMonth> months(YearMonth chosen) {
        List<YearMonth> months = new java.util.ArrayList<>(queries.monthsWithData());
        if (chosen != null && !months.contains(chosen)) {
            months.add(chosen);
            months.sort(java.util.Comparator.reverseOrder());
        }
        return months;
    }

    public YearMonth defaultMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    public record Page(YearMonth month, GroupFilter filter, List<GroupSummary> items, boolean hasNext,
                       List<String> cities, List<String> managers) {
    }

    public Page list(CurrentUser reader, GroupFilter filter, YearMonth month) {
        GroupScope scope = GroupScope.of(reader);
        YearMonth m = month == null ? defaultMonth() : month;
        List<GroupQueries.Row> rows = queries.page(filter, scope);
        boolean hasNext = rows.size() > GroupFilter.PAGE_SIZE;
        List<GroupQueries.Row> shown = hasNext ? rows.subList(0, GroupFilter.PAGE_SIZE) : rows;
        Map<String, Map<YearMonth, GroupFigures>> byGroup = figures.of(
                shown.stream().map(GroupQueries.Row::groupId).toList(), m, m, settings.get().highRiskProbability());
        List<GroupSummary> items = shown.stream().map(r -> summary(r,
                byGroup.getOrDefault(r.groupId(), Map.of()).getOrDefault(m, GroupFigures.empty(m)))).toList();
        return new Page(m, filter, items, hasNext, queries.cities(), scope.all() ? queries.managers() : List.of());
    }

    /** One group; 404 when there is no such group, 403 when it is outside the reader's scope. */
    public GroupDetail detail(CurrentUser reader, String groupId, YearMonth month, Locale locale) {
        GroupScope scope = GroupScope.of(reader);
        GroupQueries.Row row = queries.one(groupId, scope).orElseThrow(() -> queries.exists(groupId)
                ? new AccessDeniedException("Group " + groupId + " is not one of yours")
                : new GroupNotFound(groupId));
        YearMonth m = month == null ? defaultMonth() : month;
        Map<YearMonth, GroupFigures> byMonth = figures.of(List.of(groupId), m.minusMonths(TREND_MONTHS - 1L), m,
                settings.get().highRiskProbability()).getOrDefault(groupId, Map.of());
        List<GroupFigures> trend = java.util.stream.IntStream.range(0, TREND_MONTHS)
                .mapToObj(i -> m.minusMonths(TREND_MONTHS - 1L - i))
                .map(month1 -> byMonth.getOrDefault(month1, GroupFigures.empty(month1))).toList();
        GroupFigures current = trend.getLast();
        List<GroupQueries.Member> members = queries.members(groupId, m, MEMBERS_SHOWN);
        auditRead(reader, groupId, m, members);
        Visibility visibility = Visibility.of(reader.roles());
        boolean english = !"zh".equals(locale.getLanguage());
        List<GroupDetail.Member> shown = members.stream().map(x -> new GroupDetail.Member(
                visibility.showMsisdn(x.msisdn()), refs.of(x.msisdn()), visibility.showName(x.name()), x.joinedOn(),
                x.goneOn(), x.leftNetwork(), x.spendYuan(), x.probability(), english ? x.reasonEn() : x.reasonZh(),
                x.openComplaints())).toList();
        return new GroupDetail(summary(row, current), trend, queries.riskBands(groupId, m), shown,
                current.members() + current.left(), moments.of(groupId, english));
    }

    /** The numbers shown, in entries of at most {@value #AUDIT_CHUNK} (an entry's detail holds 2,000 characters). */
    private void auditRead(CurrentUser reader, String groupId, YearMonth month, List<GroupQueries.Member> members) {
        int from = 0;
        do {
            List<GroupQueries.Member> chunk = members.subList(from, Math.min(members.size(), from + AUDIT_CHUNK));
            audit.record(reader.username(), "groups.view", groupId, "month=" + month + " msisdns="
                    + chunk.stream().map(GroupQueries.Member::msisdn).collect(Collectors.joining(",")));
            from += AUDIT_CHUNK;
        } while (from < members.size());
    }

    private static GroupSummary summary(GroupQueries.Row r, GroupFigures f) {
        return new GroupSummary(r.groupId(), r.name(), r.groupClass(), r.city(), r.industry(), r.contractEnd(),
                r.manager(), r.managerName(), r.managerRole(), f);
    }
}
