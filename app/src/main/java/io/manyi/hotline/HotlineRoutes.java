package io.manyi.hotline;

import io.manyi.hotline.internal.CallerQueries;
import io.manyi.platform.security.CurrentUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Answers the IVR's "where does this caller go?" (docs/hotline.md): one indexed query for the
 * caller, one per {@link OpenItemSource}, the settings from memory, the decision in core.
 */
@Service
public class HotlineRoutes {

    private final CallerQueries callers;
    private final List<OpenItemSource> sources;
    private final HotlineSettings settings;
    private final RouteAudit audit;

    public HotlineRoutes(CallerQueries callers, List<OpenItemSource> sources, HotlineSettings settings, RouteAudit audit) {
        this.callers = callers;
        this.sources = List.copyOf(sources);
        this.settings = settings;
        this.audit = audit;
    }

    public HotlineRoute route(CurrentUser reader, String msisdn) {
        if (reader.roles().isEmpty()) {
            throw new AccessDeniedException("No role");
        }
        HotlineRules rules = settings.rules();
        Caller caller = callers.find(msisdn).orElseGet(Caller::unknown);
        HotlineRouting.Decision decision = HotlineRouting.route(caller, settings.privileges(), rules);
        List<OpenItem> items = new ArrayList<>();
        int total = 0;
        if (caller.known()) {
            for (OpenItemSource source : sources) {
                OpenItemSource.OpenItems open = source.open(msisdn, rules.openItemsShown());
                items.addAll(open.items());
                total += open.total();
            }
            items.sort(Comparator.comparing(OpenItem::openedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        }
        HotlineRoute.Manager manager = caller.manager() == null ? null
                : new HotlineRoute.Manager(caller.manager(), caller.managerName(), caller.managerRole());
        HotlineRoute route = new HotlineRoute(msisdn, caller.known(), decision.queue(), decision.reasons(),
                Greeting.zh(caller.name(), caller.gender()), Greeting.en(caller.name(), caller.gender()),
                caller.stars(), manager, total, items.subList(0, Math.min(items.size(), rules.openItemsShown())));
        audit.recorded(reader, route);
        return route;
    }
}
