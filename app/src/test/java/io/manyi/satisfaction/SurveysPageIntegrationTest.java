package io.manyi.satisfaction;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static io.manyi.subscriber.SubscriberFixture.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.manyi.complaints.CategorySeed;
import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The surveys page (docs/surveys.md, "The surveys page"): who may open it, the months it offers,
 * each figure computed a second way from the source rows, and a reply nobody understood resolved.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SurveysPageIntegrationTest {

    // the month's bounds in the operator's zone (Asia/Shanghai)
    static final String MARCH = "sent_at >= '2025-03-01 00:00+08' and sent_at < '2025-04-01 00:00+08'";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    long expired;
    long unread;

    @BeforeEach
    void fixture() {
        SubscriberFixture.load(jdbc, demoUsers);
        seed.ensure();
        jdbc.sql("""
                insert into tickets (msisdn, channel, category, severity, status, description, opened_at, status_changed_at,
                    last_update, closed_at, sla_minutes, created_by)
                values (?, 'HOTLINE', 'NETWORK_SLOW', 'HIGH', 'CLOSED', 'x', '2025-03-01 10:00+08', '2025-03-02 10:00+08',
                        '2025-03-02 10:00+08', '2025-03-02 10:00+08', 1440, 'agent')
                """).param(OF_PM01).update();
        long ticket = jdbc.sql("select id from tickets").query(Long.class).single();
        jdbc.sql("""
                insert into surveys (msisdn, touchpoint, ticket_id, dimensions, status, sent_at, answered_at, score, dimension_scores, dedup_key)
                values (:a, 'COMPLAINT_CLOSED', :t, '', 'ANSWERED', '2025-03-02 11:00+08', '2025-03-02 12:00+08', 4, null, 't1'),
                       (:a, 'PERIODIC', null, 'NETWORK,FEES,NEW_SERVICES', 'ANSWERED', '2025-03-10 10:00+08', '2025-03-10 11:00+08', 9, '4,8,9', 'p1'),
                       (:b, 'PERIODIC', null, 'NETWORK,FEES,NEW_SERVICES', 'ANSWERED', '2025-03-10 10:00+08', '2025-03-10 12:00+08', 5, '6,3', 'p2'),
                       (:c, 'PERIODIC', null, 'NETWORK,FEES,NEW_SERVICES', 'EXPIRED', '2025-03-10 10:00+08', null, null, null, 'p3'),
                       (:b, 'HALL_VISIT', null, '', 'ANSWERED', '2025-03-20 15:00+08', '2025-03-20 16:00+08', 8, null, 'h1'),
                       (:c, 'HALL_VISIT', null, '', 'EXPIRED', '2025-03-31 23:30+08', null, null, null, 'h2'),
                       (:a, 'HALL_VISIT', null, '', 'ANSWERED', '2025-04-01 00:30+08', '2025-04-01 09:00+08', 10, null, 'h3'),
                       (:b, 'PERIODIC', null, 'NETWORK,FEES,NEW_SERVICES', 'SENT', '2025-05-10 10:00+08', null, null, null, 'p4')
                """).param("a", OF_PM01).param("b", OF_PM02).param("c", UNASSIGNED).param("t", ticket).update();
        expired = jdbc.sql("select id from surveys where dedup_key = 'p3'").query(Long.class).single();
        long low = jdbc.sql("select id from surveys where dedup_key = 'p2'").query(Long.class).single();
        jdbc.sql("""
                insert into callback_tasks (reason, msisdn, ticket_id, survey_id, status, due_at, created_at, done_at, done_by, outcome,
                                            indicator, dedup_key)
                values ('LOW_SURVEY_SCORE', :b, null, :s, 'DONE', '2025-03-11 12:00+08', '2025-03-10 12:00+08', '2025-03-10 15:00+08',
                        'pm02', 'REACHED: 解释了资费', 'FEES_UNDERSTOOD', 'k1'),
                       ('COMPLAINT_CLOSED', :a, :t, null, 'DONE', '2025-03-03 10:00+08', '2025-03-02 10:00+08', '2025-03-02 15:00+08',
                        'pm01', 'NOT_REACHED', null, 'k2'),
                       ('COMPLAINT_CLOSED', :a, :t, null, 'DONE', '2025-03-04 10:00+08', '2025-03-03 10:00+08', '2025-03-03 15:00+08',
                        'pm01', 'REACHED_REFUSED: 不接受', 'OTHER', 'k3'),
                       ('LOW_SURVEY_SCORE', :a, null, 999, 'OPEN', '2025-03-03 12:00+08', '2025-03-02 12:00+08', null, null, null, null, 'k4'),
                       ('LOW_SURVEY_SCORE', :a, null, 998, 'DONE', '2025-05-03 12:00+08', '2025-05-02 12:00+08', '2025-05-02 13:00+08',
                        'pm01', 'REACHED_ACCEPTED', 'OTHER', 'k5')
                """).param("a", OF_PM01).param("b", OF_PM02).param("s", low).param("t", ticket).update();
        unread = jdbc.sql("""
                insert into survey_replies (survey_id, msisdn, text, received_at, score, understood, counted)
                values (?, ?, '好的谢谢', '2025-03-11 09:00+08', null, false, false) returning id
                """).params(expired, UNASSIGNED).query(Long.class).single();
        jdbc.sql("""
                insert into survey_replies (survey_id, msisdn, text, received_at, score, understood, counted)
                values (null, ?, '8', '2025-05-20 09:00+08', 8, true, false)
                """).param(OF_PM02).update();
    }

    ResultActions page(String username, String role, String lang) throws Exception {
        return mvc.perform(get("/surveys").param("month", "2025-03").param("lang", lang).with(user(username).roles(role)));
    }

    @Test
    void supervisorsAnalystsAndAdminsOpenThePageTheFrontLineDoesNot() throws Exception {
        for (String[] r : new String[][] {{"admin", "ADMIN"}, {"analyst", "ANALYST"}, {"supervisor", "SUPERVISOR"}}) {
            page(r[0], r[1], "zh").andExpect(status().isOk());
        }
        for (String[] r : new String[][] {{"agent", "AGENT"}, {"pm01", "PHONE_MANAGER"}, {"am01", "ACCOUNT_MANAGER"},
                {"hall01", "HALL_CLERK"}}) {
            page(r[0], r[1], "zh").andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/surveys/board").with(httpBasic("agent", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/surveys/replies/" + unread + "/dismiss").with(httpBasic("analyst", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}")).andExpect(status().isForbidden());
    }

    @Test
    void theMonthPickerOffersOnlyMonthsWithSurveysInTheOperatorsZone() throws Exception {
        String html = html(page("analyst", "ANALYST", "en"));
        List<String> offered = all(between(html, "id=\"month-picker\"", "</form>"), "<option value=\"([^\"]+)\"");
        List<String> expected = jdbc.sql("""
                select distinct to_char(sent_at at time zone 'Asia/Shanghai', 'YYYY-MM') from surveys order by 1 desc
                """).query(String.class).list();
        assertThat(offered).isEqualTo(expected).containsExactly("2025-05", "2025-04", "2025-03");
        assertThat(all(html, "<option value=\"(\\d{4}-\\d{2})\" selected")).containsExactly("2025-03");
        mvc.perform(get("/surveys").param("month", "2025-13").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/surveys/board").param("month", "March").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void eachFigureMatchesADirectCountOverTheSourceRows() throws Exception {
        String body = mvc.perform(get("/api/v1/surveys/board").param("month", "2025-03").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // totals: counted with SQL over surveys sent in March (Shanghai time)
        long sent = count("select count(*) from surveys where " + MARCH);
        long answered = count("select count(*) from surveys where status = 'ANSWERED' and " + MARCH);
        long satisfied = count("select count(*) from surveys where status = 'ANSWERED' and score >= 8 and " + MARCH);
        long low = count("select count(*) from surveys where status = 'ANSWERED' and score <= 6 and " + MARCH);
        BigDecimal average = jdbc.sql("select avg(score) from surveys where status = 'ANSWERED' and " + MARCH)
                .query(BigDecimal.class).single();
        assertThat(sent).isEqualTo(6);
        assertThat(num(body, "$.total.sent")).isEqualTo(sent);
        assertThat(num(body, "$.total.answered")).isEqualTo(answered);
        assertThat(dec(body, "$.total.responseRate")).isEqualByComparingTo(ratio(answered, sent));
        assertThat(dec(body, "$.total.average")).isEqualByComparingTo(average.setScale(2, RoundingMode.HALF_UP));
        assertThat(dec(body, "$.total.satisfiedShare")).isEqualByComparingTo(ratio(satisfied, answered));
        assertThat(num(body, "$.total.low")).isEqualTo(low);

        // by channel: each touchpoint's sent and answered
        for (String touchpoint : List.of("PERIODIC", "HALL_VISIT", "COMPLAINT_CLOSED")) {
            String at = "$.byChannel[?(@.key == '" + touchpoint + "')]";
            long s = count("select count(*) from surveys where touchpoint = '" + touchpoint + "' and " + MARCH);
            long a = count("select count(*) from surveys where status = 'ANSWERED' and touchpoint = '" + touchpoint + "' and " + MARCH);
            assertThat(JsonPath.<List<Number>>read(body, at + ".sent")).extracting(Number::longValue).containsExactly(s);
            assertThat(JsonPath.<List<Number>>read(body, at + ".responseRate")).extracting(n -> new BigDecimal(n.toString()))
                    .singleElement().satisfies(r -> assertThat(r).isEqualByComparingTo(ratio(a, s)));
        }

        // by dimension: parsed here in Java from the rows' question lists and scores
        Map<String, List<Integer>> scores = new HashMap<>();
        jdbc.sql("select dimensions, dimension_scores from surveys where status = 'ANSWERED' and dimensions <> '' and " + MARCH)
                .query((rs, n) -> {
                    String[] names = rs.getString(1).split(",");
                    String[] values = rs.getString(2) == null ? new String[0] : rs.getString(2).split(",");
                    for (int i = 0; i < names.length; i++) {
                        List<Integer> list = scores.computeIfAbsent(names[i], k -> new ArrayList<>());
                        if (i < values.length) {
                            list.add(Integer.parseInt(values[i]));
                        }
                    }
                    return null;
                }).list();
        assertThat(scores.get("NEW_SERVICES")).containsExactly(9); // the second periodic answer skipped it
        for (Map.Entry<String, List<Integer>> e : scores.entrySet()) {
            String at = "$.byDimension[?(@.dimension == '" + e.getKey() + "')]";
            double mean = e.getValue().stream().mapToInt(Integer::intValue).average().orElseThrow();
            assertThat(JsonPath.<List<Number>>read(body, at + ".scored")).extracting(Number::longValue)
                    .containsExactly((long) e.getValue().size());
            assertThat(JsonPath.<List<Number>>read(body, at + ".average")).extracting(Number::doubleValue)
                    .containsExactly(BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP).doubleValue());
        }
        // lowest average first: network (4, 6) averages 5, fees (8, 3) 5.5
        assertThat(JsonPath.<List<String>>read(body, "$.byDimension[*].dimension")).containsExactly("NETWORK", "FEES", "NEW_SERVICES");

        // by department: the lost points add up to all points lost, and the complaint's 6 points are the network's
        long lost = count("select coalesce(sum(10 - score), 0) from surveys where status = 'ANSWERED' and " + MARCH);
        List<Number> lostPoints = JsonPath.read(body, "$.byDepartment[*].lostPoints");
        assertThat(lostPoints.stream().mapToLong(Number::longValue).sum()).isEqualTo(lost);
        // each answer's points go to the complaint's department, else to the owner of the dimension scored
        // lowest, else to the touchpoint's owner (a hall visit: channels)
        Map<String, Long> byDepartment = new HashMap<>();
        Map<String, String> owners = SurveyRules.defaults().dimensionOwners();
        Map<String, String> touchpoints = SurveyRules.defaults().touchpointOwners();
        jdbc.sql("""
                select v.score, v.dimensions, v.dimension_scores, t.department, v.touchpoint
                from surveys v left join ticket_records t on t.id = v.ticket_id
                where v.status = 'ANSWERED' and v.""" + MARCH).query((rs, n) -> {
                    String owner = rs.getString(4);
                    if (owner == null && rs.getString(3) != null) {
                        String[] names = rs.getString(2).split(",");
                        String[] values = rs.getString(3).split(",");
                        int lowest = 0;
                        for (int i = 1; i < values.length; i++) {
                            lowest = Integer.parseInt(values[i]) < Integer.parseInt(values[lowest]) ? i : lowest;
                        }
                        owner = owners.get(names[lowest]);
                    }
                    if (owner == null) {
                        owner = touchpoints.getOrDefault(rs.getString(5), "UNATTRIBUTED");
                    }
                    byDepartment.merge(owner, 10L - rs.getInt(1), Long::sum);
                    return null;
                }).list();
        assertThat(byDepartment).containsEntry("NETWORK", 7L).containsEntry("BILLING", 5L).containsEntry("CHANNELS", 2L)
                .doesNotContainKey("UNATTRIBUTED");
        byDepartment.forEach((department, points) -> assertThat(
                JsonPath.<List<Number>>read(body, "$.byDepartment[?(@.department == '" + department + "')].lostPoints"))
                .extracting(Number::longValue).containsExactly(points));

        // callbacks opened in March: resolved = reached (or reached and accepted)
        long opened = count("select count(*) from callback_tasks where created_at >= '2025-03-01 00:00+08' and created_at < '2025-04-01 00:00+08'");
        long resolved = count("""
                select count(*) from callback_tasks where created_at >= '2025-03-01 00:00+08' and created_at < '2025-04-01 00:00+08'
                  and status = 'DONE' and (outcome = 'REACHED' or outcome like 'REACHED:%' or outcome like 'REACHED_ACCEPTED%')""");
        assertThat(num(body, "$.callbacks.total")).isEqualTo(opened).isEqualTo(4);
        assertThat(num(body, "$.callbacks.resolved")).isEqualTo(resolved).isEqualTo(1);
        assertThat(dec(body, "$.callbacks.resolvedShare")).isEqualByComparingTo(ratio(resolved, opened));
        assertThat(num(body, "$.callbacks.byState.NOT_REACHED")).isEqualTo(1);
        assertThat(num(body, "$.callbacks.byState.NOT_RESOLVED")).isEqualTo(1);
        assertThat(num(body, "$.callbacks.byState.WAITING")).isEqualTo(1);
        assertThat(num(body, "$.unresolvedReplies")).isEqualTo(count("""
                select count(*) from survey_replies where resolution is null and (not understood or survey_id is null)"""));

        // the page shows the same figures, formatted for the reader, right-aligned
        String en = html(page("supervisor", "SUPERVISOR", "en"));
        String totals = between(en, "id=\"totals\"", "</section>");
        assertThat(all(totals, "data-figure=\"response-rate\">([^<]*)<"))
                .containsExactly(ratio(answered, sent).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%");
        assertThat(totals).contains("<dd class=\"num\" data-figure=\"sent\">6</dd>");
        assertThat(all(en, "data-dimension=\"NETWORK\">\\s*<td>([^<]*)</td>")).containsExactly("Network");
        assertThat(all(en, "data-figure=\"resolved-share\">([^<]*)<")).containsExactly("25.0%");
        String channelHead = between(between(en, "id=\"by-channel\"", "</section>"), "<thead>", "</thead>");
        assertThat(all(channelHead, "<th class=\"num\" title=\"([^\"]+)\"")).hasSize(6);
        String zh = html(page("supervisor", "SUPERVISOR", "zh"));
        assertThat(all(zh, "data-channel=\"HALL_VISIT\">\\s*<td>([^<]*)</td>")).containsExactly("营业厅办理");
        assertThat(zh.replaceAll("<[^>]+>", " ")).doesNotContain("??", "HALL_VISIT", "REACHED_REFUSED", "NOT_REACHED", "PERIODIC",
                "LOW_SURVEY_SCORE");
    }

    @Test
    void aSupervisorAssignsAnUnreadReplyToTheSurveyItMeantAndItIsAudited() throws Exception {
        // the list shows it to a supervisor, with the expired survey of that number to assign it to
        String row = between(html(page("supervisor", "SUPERVISOR", "en")), "data-reply=\"" + unread + "\"", "</tr>");
        assertThat(all(between(row, "name=\"surveyId\"", "</select>"), "<option value=\"(\\d+)\""))
                .containsExactly(String.valueOf(expired));
        // an analyst reads only how many wait
        assertThat(html(page("analyst", "ANALYST", "en"))).doesNotContain("id=\"reply-list\"").contains("data-figure=\"unknown\">2<");

        assign(unread, "{\"surveyId\": " + expired + ", \"score\": 11}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("score")));
        long other = jdbc.sql("select id from surveys where dedup_key = 'p4'").query(Long.class).single();
        assign(unread, "{\"surveyId\": " + other + ", \"score\": 3}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey-mismatch"));
        assign(424242, "{\"surveyId\": " + expired + ", \"score\": 3}").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("unknown-reply"));
        assign(unread, "{\"surveyId\": \"x\"}").andExpect(status().isBadRequest());

        assign(unread, "{\"surveyId\": " + expired + ", \"score\": 3}").andExpect(status().isOk())
                .andExpect(jsonPath("$.resolution").value("ASSIGNED")).andExpect(jsonPath("$.lowScore").value(true));
        Map<String, Object> survey = jdbc.sql("select status, score, answered_at = timestamptz '2025-03-11 09:00+08' as at_reply from surveys where id = ?")
                .param(expired).query().singleRow();
        assertThat(survey).containsEntry("status", "ANSWERED").containsEntry("score", 3).containsEntry("at_reply", true);
        assertThat(count("select count(*) from callback_tasks where survey_id = " + expired)).isEqualTo(1);
        assertThat(count("select count(*) from domain_events where type = 'SurveyScoredLow'")).isEqualTo(1);
        assertThat(jdbc.sql("select resolved_by from survey_replies where id = ?").param(unread).query(String.class).single())
                .isEqualTo("supervisor");
        assertThat(count("select count(*) from audit_log where actor = 'supervisor' and action = 'survey.reply.assigned'"
                + " and subject = 'reply " + unread + "'")).isEqualTo(1);
        assign(unread, "{\"surveyId\": " + expired + ", \"score\": 3}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("reply-resolved"));
    }

    @Test
    void aLateReplyIsDismissedWithAReasonThroughThePageForm() throws Exception {
        long late = jdbc.sql("select id from survey_replies where survey_id is null").query(Long.class).single();
        String refused = mvc.perform(post("/surveys/replies/" + late + "/dismiss").param("reason", " ").param("month", "2025-05")
                        .param("lang", "en").with(user("supervisor").roles("SUPERVISOR")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(between(refused, "id=\"refusal\"", "</p>")).contains("Reply " + late + " was not resolved", "give the reason for dismissing it");
        mvc.perform(post("/surveys/replies/" + late + "/dismiss").param("reason", "调查已过期").param("month", "2025-05")
                        .with(user("supervisor").roles("SUPERVISOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select resolution || ':' || resolution_note from survey_replies where id = ?").param(late)
                .query(String.class).single()).isEqualTo("DISMISSED:调查已过期");
        assertThat(count("select count(*) from audit_log where action = 'survey.reply.dismissed'")).isEqualTo(1);
        assertThat(html(page("supervisor", "SUPERVISOR", "en"))).doesNotContain("data-reply=\"" + late + "\"")
                .contains("data-reply=\"" + unread + "\"");
    }

    private ResultActions assign(long reply, String json) throws Exception {
        return mvc.perform(post("/api/v1/surveys/replies/" + reply + "/assign").with(httpBasic("supervisor", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String html(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The text from the first {@code from} to the next {@code to} after it. */
    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("%s in the page", from).isNotNegative();
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static long num(String body, String path) {
        return JsonPath.<Number>read(body, path).longValue();
    }

    private static BigDecimal dec(String body, String path) {
        return new BigDecimal(JsonPath.<Object>read(body, path).toString());
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
