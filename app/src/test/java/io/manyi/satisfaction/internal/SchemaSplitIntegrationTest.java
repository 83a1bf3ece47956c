package io.manyi.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.manyi.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The satisfaction tables' own migration: new databases run it, databases migrated before the split record it. */
@IntegrationTest
class SchemaSplitIntegrationTest {

    static final String PROBE = "split_probe";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theChecksumIsFlywaysForEveryMigrationItRecorded() {
        List<Map<String, Object>> applied = jdbc.sql(
                "select script, checksum from flyway_schema_history where type = 'SQL' order by installed_rank").query().listOfRows();
        assertThat(applied).extracting(row -> row.get("script")).contains(SchemaSplit.COMPLAINTS, SchemaSplit.SATISFACTION);
        for (Map<String, Object> row : applied) {
            assertThat(SchemaSplit.checksum((String) row.get("script"))).as((String) row.get("script")).isEqualTo(row.get("checksum"));
        }
    }

    @Test
    void aDatabaseMigratedBeforeTheSplitRecordsItWithoutRunningItAgain() {
        jdbc.sql("drop schema if exists " + PROBE + " cascade").update();
        try {
            assertThat(flyway(true).migrate().migrationsExecuted).isGreaterThan(20);
            // what the old V11 left: its checksum, no V11.1, the satisfaction tables in place
            jdbc.sql("delete from " + PROBE + ".flyway_schema_history where version = '11.1'").update();
            jdbc.sql("update " + PROBE + ".flyway_schema_history set checksum = ? where version = '11'")
                    .param(SchemaSplit.OLD_V11_CHECKSUM).update();

            assertThatThrownBy(() -> flyway(false).migrate()).isInstanceOf(FlywayException.class);

            MigrateResult again = flyway(true).migrate();
            assertThat(again.migrationsExecuted).isZero();
            assertThat(jdbc.sql("select checksum from " + PROBE + ".flyway_schema_history where version = '11.1'")
                    .query(Integer.class).single()).isEqualTo(SchemaSplit.checksum(SchemaSplit.SATISFACTION));
            flyway(false).validate();
        } finally {
            jdbc.sql("drop schema if exists " + PROBE + " cascade").update();
        }
    }

    @Test
    void aHandEditedV11StillFailsValidation() {
        jdbc.sql("drop schema if exists " + PROBE + " cascade").update();
        try {
            flyway(true).migrate();
            jdbc.sql("delete from " + PROBE + ".flyway_schema_history where version = '11.1'").update();
            jdbc.sql("update " + PROBE + ".flyway_schema_history set checksum = 12345 where version = '11'").update();
            assertThatThrownBy(() -> flyway(true).migrate()).isInstanceOf(FlywayException.class);
        } finally {
            jdbc.sql("drop schema if exists " + PROBE + " cascade").update();
        }
    }

    private Flyway flyway(boolean withSplit) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas(PROBE).locations("classpath:db/migration");
        if (withSplit) {
            configuration.callbacks(new SchemaSplit());
        }
        return configuration.load();
    }
}
