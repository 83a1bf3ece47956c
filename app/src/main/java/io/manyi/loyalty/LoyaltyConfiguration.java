package io.manyi.loyalty;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Star levels for the accrual (the tier feature's bean wins when present) and the points jobs' scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class LoyaltyConfiguration {

    @Bean
    @ConditionalOnMissingBean(StarLevels.class)
    StarLevels starLevels() {
        return StarLevels.NONE;
    }
}
