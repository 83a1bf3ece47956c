package io.manyi.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.churn.ChurnWarningFired;
import io.manyi.complaints.ComplaintRepeated;
import io.manyi.loyalty.PointsExpiring;
import io.manyi.platform.outbox.events.ComplaintClosed;
import io.manyi.platform.outbox.events.SurveyScoredLow;
import io.manyi.satisfaction.SurveyAnswered;
import io.manyi.satisfaction.VasUnconfirmed;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import io.manyi.tier.StarLevelChanged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The events' records against the rows the features wrote before them (by hand, a name and a JSON
 * string): a row of the old code reads back as its record, and a record is written as the old code
 * wrote it (type, subject, business month, dedup key and the payload, compared as stored: jsonb keeps
 * the numbers' scale but not the keys' order), so the rows
 * already in a database and the ones written from now on are one format.
 */
@IntegrationTest
class EventFormatIntegrationTest {

    private static final String M = "13800138000";
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    /** A row as the old code wrote it: its columns and payload, and the record it stands for. */
    record OldRow(String type, String month, String payload, String dedupKey, Event event) {
    }

    /** The old code's own words: its payload builders applied to the record's values. */
    static final List<OldRow> OLD_ROWS = List.of(
            // TierAssessment: "{\"from\":" + previous + ",\"to\":" + stars + ",\"score\":" + score + ",\"reasons\":[" ... "]}"
            new OldRow("StarLevelChanged", "2026-10-01",
                    "{\"from\":3,\"to\":4,\"score\":61,\"reasons\":[\"TENURE:+20\",\"SPEND:+35\",\"CAPPED\"]}",
                    "star-change:2026-10:" + M,
                    new StarLevelChanged(M, OCTOBER, 3, 4, 61, List.of("TENURE:+20", "SPEND:+35", "CAPPED"))),
            new OldRow("StarLevelChanged", "2026-10-01", "{\"from\":null,\"to\":2,\"score\":12,\"reasons\":[]}",
                    "star-change:2026-10:13800138001", new StarLevelChanged("13800138001", OCTOBER, null, 2, 12, List.of())),
            // ChurnRun: a LinkedHashMap of rule, month, detailEn, detailZh through Jackson
            new OldRow("ChurnWarningFired", "2026-10-01",
                    "{\"rule\":\"SPEND_DROP\",\"month\":\"2026-10\",\"detailEn\":\"spend fell 45%\",\"detailZh\":\"消费下降45%\"}",
                    "churn-warning:2026-10:" + M + ":SPEND_DROP",
                    new ChurnWarningFired(M, OCTOBER, "SPEND_DROP", "spend fell 45%", "消费下降45%")),
            // TicketHandling: TicketRows.json(Map.of("ticketId", id, "category", category, "severity", severity.name()))
            new OldRow("ComplaintClosed", "2026-10-01", "{\"ticketId\":42,\"category\":\"计费争议\",\"severity\":\"HIGH\"}",
                    "complaint-closed:42", new ComplaintClosed(M, OCTOBER, 42, "计费争议", "HIGH")),
            // Tickets: TicketRows.json(Map.of("ticketId", id, "category", category))
            new OldRow("ComplaintRepeated", "2026-10-01", "{\"ticketId\":43,\"category\":\"网络质量\"}",
                    "complaint-repeated:43", new ComplaintRepeated(M, OCTOBER, 43, "网络质量")),
            // Surveys: SqlValues.json(Map.of("surveyId", id, "score", score[, "touchpoint", touchpoint]))
            new OldRow("SurveyAnswered", "2026-10-01", "{\"surveyId\":5,\"score\":3}", "survey-answered:5",
                    new SurveyAnswered(M, OCTOBER, 5, 3)),
            new OldRow("SurveyScoredLow", "2026-10-01", "{\"surveyId\":5,\"score\":3,\"touchpoint\":\"HALL\"}",
                    "survey-scored-low:5", new SurveyScoredLow(M, OCTOBER, 5, 3, "HALL")),
            // PreventiveReminders: serviceCode, serviceName, subscribedAt.toString(), monthlyFee (numeric(8,2))
            new OldRow("VasUnconfirmed", "2026-10-01",
                    "{\"serviceCode\":\"MUSIC\",\"serviceName\":\"MUSIC包\",\"subscribedAt\":\"2026-10-20T10:15\",\"monthlyFee\":10.00}",
                    "vas-unconfirmed:" + M + ":MUSIC:2026-10-20T10:15:00",
                    new VasUnconfirmed(M, OCTOBER, "MUSIC", "MUSIC包", LocalDateTime.of(2026, 10, 20, 10, 15),
                            new BigDecimal("10.00"))),
            new OldRow("VasUnconfirmed", "2026-10-01",
                    "{\"serviceCode\":\"GAME2\",\"serviceName\":\"游戏\",\"subscribedAt\":\"2026-10-20T10:15:30.500\",\"monthlyFee\":5.50}",
                    "vas-unconfirmed:" + M + ":GAME2:2026-10-20T10:15:30",
                    new VasUnconfirmed(M, OCTOBER, "GAME2", "游戏", LocalDateTime.of(2026, 10, 20, 10, 15, 30, 500_000_000),
                            new BigDecimal("5.50"))),
            // PointsExpiry: "{\"points\":" + points + ",\"expiresOn\":\"" + day + "\"}", no business month
            new OldRow("PointsExpiring", null, "{\"points\":1200,\"expiresOn\":\"2026-11-30\"}",
                    "points-expiring:2026-11-30:" + M, new PointsExpiring(M, 1200, LocalDate.of(2026, 11, 30))));

    private static final EventJson.Reader ALL = EventJson.reader(List.of(StarLevelChanged.class,
            ChurnWarningFired.class, ComplaintClosed.class, ComplaintRepeated.class, SurveyAnswered.class,
            SurveyScoredLow.class, VasUnconfirmed.class, PointsExpiring.class));

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        TestDatabase.truncateAll(jdbc);
    }

    /** A stored row, read as the consumer reads it. */
    record Stored(String type, String subject, String month, String payload, String dedupKey) {
    }

    @Test
    void aRowTheOldCodeWroteReadsBackAsItsRecord() {
        for (OldRow row : OLD_ROWS) {
            jdbc.sql("""
                    insert into domain_events (type, subject, business_month, payload, dedup_key, occurred_at)
                    values (?, ?, cast(? as date), cast(? as jsonb), ?, now())
                    """).params(row.type(), row.event().subject(), row.month(), row.payload(), row.dedupKey()).update();
        }
        List<Stored> stored = jdbc.sql("""
                select type, subject, to_char(business_month, 'YYYY-MM') as month, payload::text as payload, dedup_key
                from domain_events order by id
                """).query(Stored.class).list();

        assertThat(stored).hasSize(OLD_ROWS.size());
        for (int i = 0; i < stored.size(); i++) {
            Stored s = stored.get(i);
            assertThat(ALL.read(s.type(), s.subject(), s.month() == null ? null : YearMonth.parse(s.month()), s.payload()))
                    .as(s.payload()).isEqualTo(OLD_ROWS.get(i).event());
        }
    }

    @Test
    void aRecordIsWrittenAsTheOldCodeWroteIt() {
        outbox.publishAll(OLD_ROWS.stream().map(OldRow::event).toList());

        for (OldRow row : OLD_ROWS) {
            record Written(String type, String subject, String month, String dedupKey, boolean samePayload) {
            }
            Written written = jdbc.sql("""
                    select type, subject, business_month::text as month, dedup_key, payload::text = cast(? as jsonb)::text as same_payload
                    from domain_events where dedup_key = ?
                    """).params(row.payload(), row.dedupKey()).query(Written.class).optional().orElse(null);
            assertThat(written).as(row.dedupKey()).isEqualTo(
                    new Written(row.type(), row.event().subject(), row.month(), row.dedupKey(), true));
        }
    }

    /** The key of a VasUnconfirmed was the flagging query's; the record's is the same to the second. */
    @Test
    void theKeyOfAnUnconfirmedSubscriptionIsTheOneTheQueryMade() {
        for (String at : List.of("2026-10-20 10:15:00", "2026-10-20 10:15:30.5", "2026-01-02 03:04:05.999999")) {
            LocalDateTime subscribedAt = LocalDateTime.parse(at.replace(' ', 'T'));
            String query = jdbc.sql("""
                    select 'vas-unconfirmed:' || msisdn || ':' || service_code || ':' || to_char(subscribed_at, 'YYYY-MM-DD"T"HH24:MI:SS')
                    from (values (cast(? as varchar), cast('MUSIC' as varchar), cast(? as timestamp))) v(msisdn, service_code, subscribed_at)
                    """).params(M, at).query(String.class).single();
            assertThat(new VasUnconfirmed(M, OCTOBER, "MUSIC", "MUSIC包", subscribedAt, BigDecimal.TEN).key())
                    .isEqualTo(query);
        }
    }
}
