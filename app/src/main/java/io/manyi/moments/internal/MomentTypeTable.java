package io.manyi.moments.internal;

import io.manyi.moments.ActionKind;
import io.manyi.moments.Channel;
import io.manyi.moments.Cycle;
import io.manyi.moments.MomentType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The moment_types table. */
@Repository
public class MomentTypeTable {

    private static final TypeReference<Map<String, Double>> PARAMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public MomentTypeTable(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = JsonMapper.builder().build();
    }

    public List<MomentType> all() {
        return jdbc.sql("select * from moment_types order by code").query(this::row).list();
    }

    public Optional<MomentType> find(String code) {
        return jdbc.sql("select * from moment_types where code = ?").param(code).query(this::row).optional();
    }

    public void update(MomentType t, String actor) {
        jdbc.sql("""
                        update moment_types set name_zh = ?, name_en = ?, need = ?, action_kind = ?, channel = ?, cycle = ?,
                               window_days = ?, sla_hours = ?, rule_params = cast(? as jsonb), script_zh = ?, script_en = ?,
                               enabled = ?, updated_by = ?, updated_at = ?
                        where code = ?
                        """)
                .params(t.nameZh(), t.nameEn(), t.need(), t.actionKind().name(), t.channel().name(), t.cycle().name(),
                        t.windowDays(), t.slaHours(), json.writeValueAsString(t.params()), t.scriptZh(), t.scriptEn(),
                        t.enabled(), actor, Timestamp.from(clock.instant()), t.code())
                .update();
    }

    private MomentType row(ResultSet rs, int n) throws SQLException {
        return new MomentType(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getString("need"),
                ActionKind.valueOf(rs.getString("action_kind")), Channel.valueOf(rs.getString("channel")),
                Cycle.valueOf(rs.getString("cycle")), rs.getInt("window_days"), rs.getInt("sla_hours"),
                json.readValue(rs.getString("rule_params"), PARAMS), rs.getString("script_zh"), rs.getString("script_en"),
                rs.getBoolean("enabled"));
    }
}
