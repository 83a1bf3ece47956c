package io.manyi.intake.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.intake.Kind;
import io.manyi.intake.SampleProvince;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
@Import(MethodSecurityForTests.class)
class ImportControllerIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void plansOnly() {
        TestDatabase.truncateAll(jdbc);
    }

    private static MockMultipartFile plansFile(int rows, int badRow) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add("P" + i + ",套餐" + i + "," + (i == badRow ? "UNICOM" : "GOTONE") + ",58.00,300,2048,100,BASIC");
        }
        String text = SampleProvince.header(Kind.PLANS) + "\n" + String.join("\n", lines) + "\n";
        return new MockMultipartFile("file", "plans-2025.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @WithMockUser(username = "ana", roles = "ANALYST")
    void aBadFileIs422WithTheLineOfEachError() throws Exception {
        mvc.perform(multipart("/api/v1/imports/plans").file(plansFile(2000, 1232)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.kind").value("plans"))
                .andExpect(jsonPath("$.file").value("plans-2025.csv"))
                .andExpect(jsonPath("$.rowsLoaded").value(0))
                .andExpect(jsonPath("$.rowsRejected").value(1))
                .andExpect(jsonPath("$.alreadyImported").value(false))
                .andExpect(jsonPath("$.errors[0].line").value(1234))
                .andExpect(jsonPath("$.errors[0].column").value("brand"))
                .andExpect(jsonPath("$.errors[0].value").value("UNICOM"))
                .andExpect(jsonPath("$.errors[0].reason").value(
                        "is not one of GOTONE, MZONE, EASYOWN, DONGLI100 (or 全球通, 动感地带, 神州行, 动力100)"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from plans").query(Long.class).single()).isZero();
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aGoodFileIs201ThenAlreadyImported200() throws Exception {
        mvc.perform(multipart("/api/v1/imports/plans").file(plansFile(20, -1)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsLoaded").value(20))
                .andExpect(jsonPath("$.errors").isEmpty());
        mvc.perform(multipart("/api/v1/imports/plans").file(plansFile(20, -1)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyImported").value(true));
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("select actor from audit_log where action = 'IMPORT'").query(String.class).list()).containsExactly("root");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void skipBadIs201WithTheRejectedCount() throws Exception {
        mvc.perform(multipart("/api/v1/imports/plans").file(plansFile(30, 4)).param("skipBad", "true").with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsLoaded").value(29))
                .andExpect(jsonPath("$.rowsRejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(6));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anUnknownKindIs404() throws Exception {
        mvc.perform(multipart("/api/v1/imports/calls").file(plansFile(1, -1)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.kinds[0]").value("plans"));
    }

    @Test
    @WithMockUser(roles = "AGENT")
    void anAgentMayNotImport() throws Exception {
        mvc.perform(multipart("/api/v1/imports/plans").file(plansFile(1, -1)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
