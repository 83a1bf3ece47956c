package io.manyi.campaigns;

import io.manyi.campaigns.internal.CampaignTable;
import io.manyi.moments.MomentCatalog;
import io.manyi.moments.MomentType;
import io.manyi.platform.audit.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns as data (docs/campaigns.md): analysts create, activate and close them; every change is audited. */
@Service
public class Campaigns {

    private final CampaignTable table;
    private final MomentCatalog catalog;
    private final CampaignSettingsStore settings;
    private final AuditLog audit;
    private final Clock clock;

    public Campaigns(CampaignTable table, MomentCatalog catalog, CampaignSettingsStore settings, AuditLog audit,
                     Clock clock) {
        this.table = table;
        this.catalog = catalog;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Campaign> all() {
        return table.all();
    }

    public Campaign get(long id) {
        return table.find(id).orElseThrow(() -> CampaignRefused.unknown(id));
    }

    @Transactional
    public Campaign create(NewCampaign c, String actor) {
        List<String> problems = problems(c);
        if (!problems.isEmpty()) {
            throw CampaignRefused.invalid(problems);
        }
        double control = c.controlPercent() == null ? settings.get().controlPercent() : c.controlPercent();
        CampaignStatus status = c.status() == null ? CampaignStatus.DRAFT : c.status();
        long id = table.insert(c, control, status, actor, clock.instant());
        audit.record(actor, "campaign.create", "campaign " + id, c.nameEn() + " " + status + " control=" + control + "%");
        return get(id);
    }

    /** DRAFT to ACTIVE: from now on dispatch enrols members. */
    @Transactional
    public Campaign activate(long id, String actor) {
        return move(id, CampaignStatus.DRAFT, CampaignStatus.ACTIVE, "activate", actor);
    }

    /** ACTIVE or DRAFT to CLOSED: no new members; the results stay. */
    @Transactional
    public Campaign close(long id, String actor) {
        Campaign c = get(id);
        if (c.status() == CampaignStatus.CLOSED) {
            throw CampaignRefused.status(id, c.status(), "close");
        }
        return move(id, c.status(), CampaignStatus.CLOSED, "close", actor);
    }

    private Campaign move(long id, CampaignStatus from, CampaignStatus to, String verb, String actor) {
        Campaign c = get(id);
        if (c.status() != from || !table.move(id, from, to, clock.instant())) {
            throw CampaignRefused.status(id, c.status(), verb);
        }
        audit.record(actor, "campaign." + verb, "campaign " + id, from + " -> " + to);
        return get(id);
    }

    private List<String> problems(NewCampaign c) {
        List<String> problems = new ArrayList<>();
        if (blank(c.nameZh()) || blank(c.nameEn())) {
            problems.add("names in both languages are required");
        }
        if (blank(c.offerZh()) || blank(c.offerEn())) {
            problems.add("the offer in both languages is required");
        }
        if (c.actionKind() == null) {
            problems.add("actionKind is required");
        }
        if (c.startsOn() == null || c.endsOn() == null) {
            problems.add("startsOn and endsOn are required");
        } else if (c.endsOn().isBefore(c.startsOn())) {
            problems.add("endsOn must not be before startsOn");
        }
        if (c.controlPercent() != null && (c.controlPercent() < 0 || c.controlPercent() >= 100)) {
            problems.add("controlPercent must be at least 0 and below 100");
        }
        if (c.status() == CampaignStatus.CLOSED) {
            problems.add("a new campaign is DRAFT or ACTIVE");
        }
        if (c.rule() == null) {
            problems.add("a target rule is required");
        } else {
            Set<String> known = catalog.types().stream().map(MomentType::code).collect(Collectors.toSet());
            problems.addAll(c.rule().problems(known));
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
