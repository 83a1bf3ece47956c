package io.manyi.platform.shell;

import io.manyi.platform.web.ProblemResponse;

import io.manyi.platform.audit.web.WriteAudit;
import io.manyi.platform.security.web.AccessPolicyCheck;
import io.manyi.platform.security.web.RefusalAudit;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;
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
    private final MessageSource messages;

    WebConfiguration(AccessPolicyCheck accessPolicy, RefusalAudit refusals, WriteAudit writeAudit, ShellModel shellModel,
                     MessageSource messages) {
        this.accessPolicy = accessPolicy;
        this.refusals = refusals;
        this.writeAudit = writeAudit;
        this.shellModel = shellModel;
        this.messages = messages;
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
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang); // first, so that even a refusal answers in the language asked for
        // Then the access policy: nothing else runs for a request it refuses.
        registry.addInterceptor(accessPolicy);
        registry.addInterceptor(refusals);
        registry.addInterceptor(writeAudit);
        registry.addInterceptor(shellModel);
        registry.addInterceptor(new NoControlCharacters());
    }

    /** After the advices' handlers, before Spring's: see {@link LastResolver}. */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(Math.min(1, resolvers.size()), new LastResolver(messages));
    }

    /** A request the firewall refuses (an encoded NUL in the path, say) gets a problem, not an empty 400. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            ProblemResponse.write(response, 400, "path: holds characters that are not allowed", "bad-input");
        };
    }
}
