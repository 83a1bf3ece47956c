package io.manyi.platform.export;

import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.manyi.complaints.CategorySeed;
import io.manyi.complaints.ComplaintFixture;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every CSV download neutralises a cell a spreadsheet would run as a formula: it begins with
 * {@code '}. The text comes from where a person types it: a city on the subscriber, a merchant code.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CsvExportsIntegrationTest {

    private static final String CITY = "=HYPERLINK(\"http://evil\",\"x\")";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    @BeforeEach
    void province() throws Exception {
        ComplaintFixture.load(jdbc, demoUsers, seed);
        jdbc.sql("update subscribers set city = ? where msisdn = ?").params(CITY, OF_PM02).update();
        mvc.perform(post("/api/v1/tickets").with(httpBasic("agent", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\":\"" + OF_PM02 + "\",\"channel\":\"HOTLINE\",\"category\":\"OTHER\",\"severity\":\"LOW\","
                        + "\"description\":\"csv\"}"));
        jdbc.sql("""
                insert into surveys (msisdn, touchpoint, ticket_id, dimensions, status, sent_at, answered_at, score, dedup_key)
                values (?, 'PERIODIC', null, '', 'ANSWERED', now(), now(), 3, 'csv-test')
                """).param(OF_PM02).update();
    }

    @Test
    void complaintAnalysisByCity() throws Exception {
        String csv = csv(get("/api/v1/tickets/analysis/export.csv").param("by", "city").with(httpBasic("admin", PASSWORD)));
        assertThat(csv).contains("\n\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",");
        assertNoLineStartsWithAFormula(csv);
    }

    @Test
    void surveyResultsByCity() throws Exception {
        String csv = csv(get("/api/v1/surveys/results/export.csv").param("by", "city").with(httpBasic("admin", PASSWORD)));
        assertThat(csv).contains("\n\"'=HYPERLINK(");
        assertNoLineStartsWithAFormula(csv);
    }

    @Test
    void settlementsThroughTheApiAndThePage() throws Exception {
        String month = YearMonth.now().toString();
        for (String merchant : List.of("=1+2", "+1", "-2+3", "@SUM(1)")) {
            String api = csv(get("/api/v1/loyalty/settlements/" + merchant).param("month", month).param("format", "csv")
                    .with(httpBasic("admin", PASSWORD)));
            assertThat(api).contains("\n'" + merchant + "," + month + ",TOTAL,");
            assertNoLineStartsWithAFormula(api);
            String page = csv(get("/loyalty/settlements/" + merchant + ".csv").param("month", month)
                    .with(user("admin").roles("ADMIN")));
            assertThat(page).contains("\n'" + merchant + "," + month + ",TOTAL,");
            assertNoLineStartsWithAFormula(page);
        }
    }

    private String csv(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The first cell of each line (a quoted one too) does not begin with a formula character. */
    private static void assertNoLineStartsWithAFormula(String csv) {
        for (String line : csv.replace("\uFEFF", "").split("\n")) {
            String first = line.startsWith("\"") ? line.substring(1) : line;
            assertThat(first).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
        }
    }
}
