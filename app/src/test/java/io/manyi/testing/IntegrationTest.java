package io.manyi.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test against the test JVM's PostgreSQL ({@link TestDatabase}). Web tests add
 * {@code webEnvironment} on their own {@code @SpringBootTest}; this keeps the database wiring.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = IntegrationTest.UseTestDatabase.class)
public @interface IntegrationTest {

    final class UseTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database",
                    java.util.Map.of("manyi.data-dir", TestDatabase.dataDir().toString(),
                            // Background jobs would run in every cached test context and consume or
                            // change other tests' data: tests call them directly instead.
                            "manyi.moments.jobs", "false",
                            "manyi.complaints.jobs", "false",
                            // Tests write settings and catalog rows with SQL and truncate them; the
                            // caches have their own tests (SettingsCacheIntegrationTest).
                            "manyi.settings.cache-ttl", "0")));
        }
    }
}
