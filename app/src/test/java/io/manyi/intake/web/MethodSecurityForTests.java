package io.manyi.intake.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Switches on {@code @PreAuthorize} for the controller test while the application's own security
 * setup is being written elsewhere; harmless once it exists.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityForTests {
}
