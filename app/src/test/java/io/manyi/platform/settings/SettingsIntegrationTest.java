package io.manyi.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SettingsIntegrationTest {

    record CreditLines(int fiveStars, int fourStars, List<String> note) {
        static CreditLines defaults() {
            return new CreditLines(200, 100, List.of("seeds"));
        }
    }

    @Autowired
    Settings settings;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        TestDatabase.truncateAll(jdbc);
    }

    @Test
    void defaultsUntilTheOperatorChangesThemThenTheStoredValueWithHistory() {
        assertThat(settings.get("test.credit", CreditLines.class, CreditLines::defaults)).isEqualTo(CreditLines.defaults());

        settings.put("test.credit", new CreditLines(300, 120, List.of("pilot")), "analyst", "pilot in Shenzhen");
        settings.put("test.credit", new CreditLines(250, 120, List.of("pilot")), "admin", "budget");

        assertThat(settings.get("test.credit", CreditLines.class, CreditLines::defaults))
                .isEqualTo(new CreditLines(250, 120, List.of("pilot")));
        assertThat(jdbc.sql("select updated_by from settings_history where name = 'test.credit' order by id")
                .query(String.class).list()).containsExactly("analyst", "admin");
    }
}
