package io.manyi.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class OutboxIntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        TestDatabase.truncateAll(jdbc);
    }

    @Test
    void aMessageWithTheSameDedupKeyIsStoredOnce() {
        SmsMessage message = new SmsMessage("13800138000", "star-upgrade", "您已升级为五星客户", "You are now a five-star customer",
                "star-change:2026-10:13800138000");

        outbox.sendAll(List.of(message, message));
        outbox.send(message);

        assertThat(jdbc.sql("select count(*) from sms_outbox").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select body_zh from sms_outbox").query(String.class).single()).isEqualTo("您已升级为五星客户");
    }

    @Test
    void eventsAreIdempotentAndKeepTheirPayloadAndMonth() {
        StarLevelChanged event = new StarLevelChanged("13800138000", YearMonth.of(2026, 10), 3, 4);

        outbox.publishAll(List.of(event, event));

        assertThat(jdbc.sql("select count(*) from domain_events").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select payload ->> 'to' from domain_events").query(String.class).single()).isEqualTo("4");
        assertThat(jdbc.sql("select business_month::text from domain_events").query(String.class).single())
                .isEqualTo("2026-10-01");
    }

    /** An event as a feature declares one: its subject and month in the row's columns, the rest the payload. */
    record StarLevelChanged(@Event.Subject String msisdn, @Event.BusinessMonth YearMonth month, Integer from, int to)
            implements Event {

        @Override
        public String subject() {
            return msisdn;
        }

        @Override
        public YearMonth businessMonth() {
            return month;
        }

        @Override
        public String key() {
            return "star:" + month + ":" + msisdn;
        }
    }
}
