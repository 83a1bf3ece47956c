package io.manyi.campaigns.web;

import io.manyi.campaigns.Arm;
import io.manyi.campaigns.Campaign;
import io.manyi.campaigns.CampaignMembers;
import io.manyi.campaigns.CampaignRefused;
import io.manyi.campaigns.CampaignSettings;
import io.manyi.campaigns.CampaignSettingsStore;
import io.manyi.campaigns.CampaignUplifts;
import io.manyi.campaigns.CampaignUplifts.CampaignUplift;
import io.manyi.campaigns.Campaigns;
import io.manyi.campaigns.LearnedHelp;
import io.manyi.campaigns.NewCampaign;
import io.manyi.platform.idempotency.IdempotentResponses;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.JsonBodies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/campaigns} (docs/campaigns.md, "API"): the list, one campaign, its members per
 * arm, its uplift, uplift per moment type; analysts and admins create, activate and close
 * campaigns and change the settings. The contract's field names are {@code id}, {@code msisdn},
 * {@code treated}, {@code control}, {@code uplift}, {@code ciLow}, {@code ciHigh}.
 */
@RestController
class CampaignApi {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Campaigns campaigns;
    private final CampaignMembers members;
    private final CampaignUplifts uplifts;
    private final CampaignSettingsStore settings;
    private final IdempotentResponses responses;
    private final JsonMapper json;
    private final LearnedHelp learned;

    CampaignApi(Campaigns campaigns, CampaignMembers members, CampaignUplifts uplifts, CampaignSettingsStore settings,
                IdempotentResponses responses, JsonMapper json, LearnedHelp learned) {
        this.learned = learned;
        this.campaigns = campaigns;
        this.members = members;
        this.uplifts = uplifts;
        this.settings = settings;
        this.responses = responses;
        this.json = json;
    }

    @GetMapping("/api/v1/campaigns")
    Map<String, Object> list(@RequestParam(required = false) String lang) {
        List<Map<String, Object>> items = campaigns.all().stream().map(c -> view(c, "en".equals(lang))).toList();
        return Map.of("items", items, "count", items.size());
    }

    @GetMapping("/api/v1/campaigns/{id}")
    Map<String, Object> one(@PathVariable long id, @RequestParam(required = false) String lang) {
        return view(campaigns.get(id), "en".equals(lang));
    }

    @GetMapping("/api/v1/campaigns/{id}/members")
    CampaignMembers.Page members(@PathVariable long id, @RequestParam(required = false) String arm,
                                 @RequestParam(defaultValue = "0") int offset,
                                 @RequestParam(defaultValue = "1000") int limit, Authentication authentication) {
        return members.page(CurrentUser.of(authentication), id, arm(arm), offset, limit);
    }

    @GetMapping("/api/v1/campaigns/{id}/uplift")
    Map<String, Object> uplift(@PathVariable long id) {
        return upliftView(uplifts.of(id).orElseThrow(() -> CampaignRefused.unknown(id)));
    }

    @GetMapping("/api/v1/campaigns/uplift")
    Map<String, Object> allUplifts() {
        List<Map<String, Object>> items = uplifts.all().stream().map(CampaignApi::upliftView).toList();
        return Map.of("items", items);
    }

    @GetMapping("/api/v1/campaigns/uplift-by-moment")
    Map<String, Object> byMoment() {
        return Map.of("items", uplifts.byMomentType());
    }

    /** Per moment type: the setting's probability, the learned one where there is enough evidence, and which is used. */
    @GetMapping("/api/v1/campaigns/learned")
    Map<String, Object> learned() {
        return Map.of("minMembersPerArm", settings.get().minMembersPerArm(), "items", learned.current().values().stream()
                .sorted(java.util.Comparator.comparing(LearnedHelp.Learned::type)).toList());
    }

    @GetMapping("/api/v1/campaigns/settings")
    CampaignSettings settings() {
        return settings.get();
    }

    @PutMapping("/api/v1/campaigns/settings")
    CampaignSettings putSettings(@RequestBody String body, @RequestHeader(name = "X-Reason", required = false) String reason,
                                 Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        settings.put(read(body, CampaignSettings.class), user.username(), reason);
        learned.refresh();
        return settings.get();
    }

    @PostMapping("/api/v1/campaigns")
    ResponseEntity<String> create(@RequestBody(required = false) String body,
                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                  Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return responses.run("campaign.create:" + user.username(), IdempotentResponses.key(key), body, 201,
                () -> view(campaigns.create(read(body, NewCampaign.class), user.username()), true));
    }

    @PostMapping("/api/v1/campaigns/{id}/activate")
    ResponseEntity<String> activate(@PathVariable long id, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                    Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return responses.run("campaign.activate:" + user.username(), IdempotentResponses.key(key), "activate " + id, 200,
                () -> view(campaigns.activate(id, user.username()), true));
    }

    @PostMapping("/api/v1/campaigns/{id}/close")
    ResponseEntity<String> close(@PathVariable long id, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                 Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return responses.run("campaign.close:" + user.username(), IdempotentResponses.key(key), "close " + id, 200,
                () -> view(campaigns.close(id, user.username()), true));
    }


    private <T> T read(String body, Class<T> type) {
        return JsonBodies.read(json, body, type);
    }

    private static Arm arm(String arm) {
        if (arm == null || arm.isBlank()) {
            return null;
        }
        try {
            return Arm.valueOf(arm.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CampaignRefused(400, "bad-arm", "arm is treated or control", List.of());
        }
    }

    static Map<String, Object> view(Campaign c, boolean english) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.id());
        v.put("name", c.name(english));
        v.put("nameZh", c.nameZh());
        v.put("nameEn", c.nameEn());
        v.put("status", c.status());
        v.put("window", Map.of("start", c.startsOn(), "end", c.endsOn()));
        v.put("startsOn", c.startsOn());
        v.put("endsOn", c.endsOn());
        v.put("controlPercent", c.controlPercent());
        v.put("rule", c.rule());
        v.put("offer", c.offer(english));
        v.put("offerZh", c.offerZh());
        v.put("offerEn", c.offerEn());
        v.put("actionKind", c.actionKind());
        v.put("members", Map.of("treated", c.treated(), "control", c.control()));
        v.put("createdBy", c.createdBy());
        v.put("createdAt", c.createdAt());
        v.put("closedAt", c.closedAt());
        return v;
    }

    /** The uplift with the arms as objects and, for tools that want plain numbers, as flat counts. */
    static Map<String, Object> upliftView(CampaignUplift u) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", u.campaignId());
        v.put("campaignId", u.campaignId());
        v.put("nameZh", u.nameZh());
        v.put("nameEn", u.nameEn());
        v.put("status", u.status());
        v.put("startsOn", u.startsOn());
        v.put("endsOn", u.endsOn());
        v.put("observedUntil", u.observedUntil());
        v.put("hasResults", u.hasResults());
        v.put("firstResultMonth", u.firstResultMonth().toString());
        v.put("treated", u.treated());
        v.put("control", u.control());
        v.put("treatedMembers", u.treated().members());
        v.put("treatedRetained", u.treated().retained());
        v.put("controlMembers", u.control().members());
        v.put("controlRetained", u.control().retained());
        v.put("uplift", u.uplift());
        v.put("ciLow", u.ciLow());
        v.put("ciHigh", u.ciHigh());
        v.put("spend", u.spend());
        return v;
    }
}
