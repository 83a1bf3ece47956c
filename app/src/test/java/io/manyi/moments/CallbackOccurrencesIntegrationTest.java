package io.manyi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A callback's occurrence in Java ({@link Occurrences}, what the consumer stores on the moment) and in
 * SQL ({@link OccurrenceSql}, how satisfaction's records find that moment) is the same key, for
 * every id a bigint column holds.
 */
@IntegrationTest
class CallbackOccurrencesIntegrationTest {

    private static final List<Long> IDS = List.of(0L, 1L, 42L, 1_000_000_007L, -5L, Long.MAX_VALUE, Long.MIN_VALUE);

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSqlFormIsTheJavaForm() {
        for (long id : IDS) {
            List<String> sql = jdbc.sql("select " + OccurrenceSql.ofTicket("v.id") + ", " + OccurrenceSql.ofSurvey("v.id")
                            + " from (values (cast(? as bigint))) v(id)")
                    .param(id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
            assertThat(sql).as("id %d", id).containsExactly(Occurrences.ofTicket(id), Occurrences.ofSurvey(id));
        }
    }

    @Test
    void everyKindHasItsSqlForm() {
        for (Occurrences.Kind kind : Occurrences.Kind.values()) {
            assertThat(jdbc.sql("select " + OccurrenceSql.of(kind, "cast(? as bigint)")).param(42L).query(String.class).single())
                    .isEqualTo(kind.of(42));
        }
    }
}
