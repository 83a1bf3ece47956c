package io.manyi.churn;

import io.manyi.churn.internal.AtRiskQueries;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberRefs;
import io.manyi.subscriber.Visibility;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The at-risk list of the latest scored month for a reader: a phone or account manager sees
 * their book only (the subscriber feature's scope rule), numbers and names are masked for the
 * reader's roles, and each page read is audited with the numbers it showed.
 */
@Service
public class AtRiskList {

    private final AtRiskQueries queries;
    private final SubscriberRefs refs;
    private final AuditLog audit;

    public AtRiskList(AtRiskQueries queries, SubscriberRefs refs, AuditLog audit) {
        this.queries = queries;
        this.refs = refs;
        this.audit = audit;
    }

    /** Any staff role may read the list; phone and account managers get their book only. */
    public AtRiskPage page(CurrentUser reader, AtRiskFilter filter, Locale locale) {
        if (reader.roles().isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("No role");
        }
        boolean scoped = reader.scopedToAssignments();
        List<String> cities = queries.cities();
        List<String> brands = queries.brands();
        List<String> managers = scoped ? List.of() : queries.phoneManagers();
        YearMonth month = queries.latestMonth().orElse(null);
        if (month == null) {
            return new AtRiskPage(null, filter, List.of(), false, cities, brands, managers);
        }
        List<AtRiskQueries.Row> rows = queries.page(month, filter, scoped ? reader.username() : null);
        boolean hasNext = rows.size() > AtRiskFilter.PAGE_SIZE;
        List<AtRiskQueries.Row> shown = hasNext ? rows.subList(0, AtRiskFilter.PAGE_SIZE) : rows;
        audit.record(reader.username(), "churn.at-risk", shown.size() + " subscribers",
                "month=" + month + " msisdns=" + shown.stream().map(AtRiskQueries.Row::msisdn)
                        .collect(Collectors.joining(",")));
        Visibility visibility = Visibility.of(reader.roles());
        boolean chinese = "zh".equals(locale.getLanguage());
        List<AtRiskPage.Row> items = shown.stream().map(r -> new AtRiskPage.Row(visibility.showMsisdn(r.msisdn()),
                refs.of(r.msisdn()), visibility.showName(r.name()), r.city(), r.brand(), r.stars(), r.manager(),
                r.probability(), r.composite(), r.valueYuan().doubleValue(),
                r.probability() * r.valueYuan().doubleValue(), chinese ? r.reasonZh() : r.reasonEn())).toList();
        return new AtRiskPage(month, filter, items, hasNext, cities, brands, managers);
    }
}
