package io.manyi.churn;

import io.manyi.churn.internal.ScoreQueries;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberDirectory;
import io.manyi.subscriber.Visibility;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** A subscriber's latest churn risk for a reader: within the reader's data scope, audited, in the reader's language. */
@Service
public class RiskProfiles {

    private final SubscriberDirectory directory;
    private final ScoreQueries scores;
    private final AuditLog audit;

    public RiskProfiles(SubscriberDirectory directory, ScoreQueries scores, AuditLog audit) {
        this.directory = directory;
        this.scores = scores;
        this.audit = audit;
    }

    /**
     * @throws io.manyi.subscriber.SubscriberNotFound   no such subscriber
     * @throws io.manyi.subscriber.SubscriberOutOfScope not in the reader's book
     * @throws ChurnNotScored                           never scored
     */
    public SubscriberRisk of(CurrentUser reader, String msisdn, Locale locale) {
        directory.requireReadable(reader, msisdn);
        audit.record(reader.username(), "churn.risk.view", msisdn, null);
        ScoreQueries.ScoreRow row = scores.latest(msisdn).orElseThrow(() -> new ChurnNotScored(msisdn));
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return new SubscriberRisk(Visibility.of(reader.roles()).showMsisdn(msisdn), row.month(), row.modelVersion(),
                Math.round(row.probability() * 1e6) / 1e6, row.composite(), // stored as real: no float noise
                new SubscriberRisk.Health(row.tariff(), row.services(), row.experience(), row.circle()),
                english ? row.reasonsEn() : row.reasonsZh(), row.valueYuan());
    }
}
