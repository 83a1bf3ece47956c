package io.manyi.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every feature asks for the time, so that tests can move it. The zone is the
 * operator's (default Asia/Shanghai): business days and months are counted there.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${manyi.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}
