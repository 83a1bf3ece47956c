package io.manyi.loyalty;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The points jobs' scheduler. Star levels for the accrual come from the tier feature. */
@Configuration(proxyBeanMethods = false)
public class LoyaltyConfiguration {

    /**
     * The daily expiry, the hold sweep and the auction closer run in the server only, not in a
     * CLI command's context; {@code manyi.loyalty.jobs=false} switches them off.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    @ConditionalOnProperty(name = "manyi.loyalty.jobs", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    static class Jobs {
    }
}
