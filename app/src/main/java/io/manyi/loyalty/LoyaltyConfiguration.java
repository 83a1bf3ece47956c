package io.manyi.loyalty;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Star levels for the accrual (the tier feature's bean wins when present) and the points jobs' scheduler. */
@Configuration(proxyBeanMethods = false)
public class LoyaltyConfiguration {

    @Bean
    @ConditionalOnMissingBean(StarLevels.class)
    StarLevels starLevels() {
        return StarLevels.NONE;
    }

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
