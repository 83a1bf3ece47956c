package io.manyi.loyalty.web;

import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberOutOfScope;
import io.manyi.subscriber.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The data scope and masking of the subscriber pages, applied to points. */
@Component
class LoyaltyReaders {

    private final JdbcClient jdbc;

    LoyaltyReaders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** 403 for a phone or account manager reaching a subscriber outside their book. */
    void checkScope(CurrentUser reader, String msisdn) {
        if (reader.scopedToAssignments() && !jdbc.sql(
                        "select exists (select 1 from assignments where msisdn = ? and username = ?)")
                .params(msisdn, reader.username()).query(Boolean.class).single()) {
            throw new SubscriberOutOfScope();
        }
    }

    String show(CurrentUser reader, String msisdn) {
        return Visibility.of(reader.roles()).showMsisdn(msisdn);
    }
}
