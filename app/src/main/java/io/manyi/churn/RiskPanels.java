package io.manyi.churn;

import io.manyi.churn.internal.RiskPanelQueries;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberDirectory;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** A subscriber's risk panel for a reader: within the reader's scope, audited. */
@Service
public class RiskPanels {

    static final int TREND_MONTHS = 12;
    static final int WARNINGS_SHOWN = 20;

    private final SubscriberDirectory directory;
    private final RiskPanelQueries queries;
    private final AuditLog audit;

    public RiskPanels(SubscriberDirectory directory, RiskPanelQueries queries, AuditLog audit) {
        this.directory = directory;
        this.queries = queries;
        this.audit = audit;
    }

    /**
     * @return empty when the subscriber was never scored
     * @throws io.manyi.subscriber.SubscriberNotFound   no such subscriber
     * @throws io.manyi.subscriber.SubscriberOutOfScope not in the reader's book
     */
    public Optional<RiskPanel> of(CurrentUser reader, String msisdn, Locale locale) {
        directory.requireReadable(reader, msisdn);
        audit.record(reader.username(), "churn.view", msisdn, null);
        return queries.panel(msisdn, "zh".equals(locale.getLanguage()), TREND_MONTHS, WARNINGS_SHOWN);
    }
}
