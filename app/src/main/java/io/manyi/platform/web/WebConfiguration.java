package io.manyi.platform.web;

import io.manyi.platform.audit.web.WriteAudit;
import io.manyi.platform.security.web.AccessPolicyCheck;
import io.manyi.platform.security.web.RefusalAudit;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese by default, English on request: {@code ?lang=en} (or {@code zh}) on any page switches
 * and a cookie remembers the choice for a year.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final AccessPolicyCheck accessPolicy;
    private final RefusalAudit refusals;
    private final WriteAudit writeAudit;
    private final ShellModel shellModel;

    WebConfiguration(AccessPolicyCheck accessPolicy, RefusalAudit refusals, WriteAudit writeAudit, ShellModel shellModel) {
        this.accessPolicy = accessPolicy;
        this.refusals = refusals;
        this.writeAudit = writeAudit;
        this.shellModel = shellModel;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("manyi-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // First: nothing else runs for a request the access policy refuses.
        registry.addInterceptor(accessPolicy);
        registry.addInterceptor(refusals);
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
        registry.addInterceptor(writeAudit);
        registry.addInterceptor(shellModel);
    }
}
