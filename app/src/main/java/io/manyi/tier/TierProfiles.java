package io.manyi.tier;

import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberDirectory;
import io.manyi.tier.internal.TierQueries;
import io.manyi.tier.internal.TierQueries.AssessmentRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subscriber's tier for a reader: within the reader's data scope (the subscriber feature's
 * check), audited, with the reasons in the reader's language. Also the credit check.
 */
@Service
public class TierProfiles {

    static final int HISTORY_MONTHS = 12;
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() { };

    private final SubscriberDirectory directory;
    private final TierQueries queries;
    private final TierSettings settings;
    private final AuditLog audit;
    private final JsonMapper json = JsonMapper.builder().build();

    public TierProfiles(SubscriberDirectory directory, TierQueries queries, TierSettings settings, AuditLog audit) {
        this.directory = directory;
        this.queries = queries;
        this.settings = settings;
        this.audit = audit;
    }

    /**
     * @throws io.manyi.subscriber.SubscriberNotFound   no such subscriber
     * @throws io.manyi.subscriber.SubscriberOutOfScope not in the reader's book
     * @throws TierNotAssessed                          never assessed
     */
    public SubscriberTier of(CurrentUser reader, String msisdn, Locale locale) {
        directory.requireReadable(reader, msisdn);
        audit.record(reader.username(), "tier.view", msisdn, null);
        return find(msisdn, locale).orElseThrow(() -> new TierNotAssessed(msisdn));
    }

    /** The tier without the scope check and audit, for callers that made them already (the 360 page). */
    public Optional<SubscriberTier> find(String msisdn, Locale locale) {
        List<AssessmentRow> history = queries.history(msisdn, HISTORY_MONTHS);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        AssessmentRow latest = history.getFirst();
        LevelPrivileges privileges = settings.privileges().of(latest.stars());
        // The card in force after the latest assessment: month M is assessed once it is over, so it
        // governs M + 1, and November's annual review sets the card of the cycle December opens.
        Optional<TierQueries.CardRow> card = queries.cardInForce(msisdn, latest.month());
        List<String> reasons = reasons(latest.reasonsJson()).stream().map(r -> r.render(locale)).toList();
        return Optional.of(new SubscriberTier(latest.month(), latest.stars(), latest.candidateStars(),
                latest.monthsBelow(), latest.score(),
                new ScoreParts(latest.tenurePoints(), latest.spendPoints(), latest.stabilityPoints(), latest.arrearsPoints()),
                latest.averageSpend(), card.map(TierQueries.CardRow::card).orElse(null),
                card.map(TierQueries.CardRow::cycleYear).orElse(null), card.map(TierQueries.CardRow::points).orElse(null),
                privileges.creditLineYuan(), queries.segment(msisdn, latest.month()).orElse(null),
                queries.groupClass(msisdn).orElse(null), reasons, privileges,
                history.reversed().stream()
                        .map(h -> new SubscriberTier.HistoryMonth(h.month(), h.stars(), h.candidateStars(), h.score()))
                        .toList()));
    }

    /** May the subscriber keep service at this balance? A subscriber never assessed has no credit line. */
    public CreditDecision creditCheck(CurrentUser reader, String msisdn, BigDecimal balanceYuan) {
        directory.requireReadable(reader, msisdn);
        int stars = queries.history(msisdn, 1).stream().findFirst().map(AssessmentRow::stars).orElse(0);
        CreditDecision decision = CreditCheck.check(stars, balanceYuan, settings.privileges());
        audit.record(reader.username(), "tier.credit-check", msisdn,
                "balance=" + balanceYuan.toPlainString() + " allowed=" + decision.allowed());
        return decision;
    }

    List<Reason> reasons(String reasonsJson) {
        return json.readValue(reasonsJson, REASONS);
    }
}
