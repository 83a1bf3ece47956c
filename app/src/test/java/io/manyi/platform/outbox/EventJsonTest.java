package io.manyi.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The payload of a record and the way back, on records of the test's own (the features' are in EventFormatIntegrationTest). */
class EventJsonTest {

    record TicketShut(@Event.Subject String msisdn, @Event.BusinessMonth YearMonth month, long ticketId, String category)
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
            return "shut:" + ticketId;
        }
    }

    /** The month in the payload as well as in the row; a date; a list; a null. */
    record Warned(@Event.Subject String msisdn, YearMonth month, LocalDate due, Integer before, List<String> reasons)
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
            return "warned:" + month + ":" + msisdn;
        }
    }

    private static final EventJson.Reader READER = EventJson.reader(List.of(TicketShut.class, Warned.class));

    @Test
    void thePayloadIsTheComponentsButTheRowsColumnsAndReadsBackAsTheRecord() {
        TicketShut shut = new TicketShut("13800138000", YearMonth.of(2026, 10), 42, "计费争议");
        assertThat(shut.name()).isEqualTo("TicketShut");
        assertThat(EventJson.payload(shut)).isEqualTo("{\"ticketId\":42,\"category\":\"计费争议\"}");
        assertThat(READER.read("TicketShut", "13800138000", YearMonth.of(2026, 10), EventJson.payload(shut))).isEqualTo(shut);

        Warned warned = new Warned("13800138000", YearMonth.of(2026, 10), LocalDate.of(2026, 11, 30), null, List.of("A:+2"));
        assertThat(EventJson.payload(warned))
                .isEqualTo("{\"month\":\"2026-10\",\"due\":\"2026-11-30\",\"before\":null,\"reasons\":[\"A:+2\"]}");
        assertThat(READER.read("Warned", "13800138000", null, EventJson.payload(warned))).isEqualTo(warned);
    }

    @Test
    void theRowsColumnsWinOverThePayloadAndUnknownPropertiesAreIgnored() {
        assertThat(READER.read("TicketShut", "13900000000", null,
                "{\"ticketId\":\"7\",\"category\":\"x\",\"msisdn\":\"13800138000\",\"addedLater\":true}"))
                .isEqualTo(new TicketShut("13900000000", null, 7, "x"));
    }

    @Test
    void aPayloadThatDoesNotFitItsRecordIsUnreadable() {
        assertThatThrownBy(() -> READER.read("TicketShut", "13800138000", null, "{\"ticketId\":\"T42\",\"category\":\"x\"}"))
                .isInstanceOf(EventJson.Unreadable.class).hasMessageContaining("TicketShut");
        assertThatThrownBy(() -> READER.read("TicketShut", "13800138000", null, "{}"))
                .as("a ticket the record needs").isInstanceOf(EventJson.Unreadable.class);
        assertThatThrownBy(() -> READER.read("TicketShut", "13800138000", null, "[1]"))
                .isInstanceOf(EventJson.Unreadable.class);
    }

    @Test
    void aReaderKnowsItsTypesByName() {
        assertThat(READER.reads("TicketShut")).isTrue();
        assertThat(READER.reads("SomethingElse")).isFalse();
        assertThatThrownBy(() -> READER.read("SomethingElse", "13800138000", null, "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
