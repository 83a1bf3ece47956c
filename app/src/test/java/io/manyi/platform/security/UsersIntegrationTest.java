package io.manyi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.manyi.Manyi;
import io.manyi.platform.Role;
import io.manyi.platform.security.DemoUsers.DemoUser;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import picocli.CommandLine;

/** Accounts: demo accounts only on request, hashed passwords, the CLI that creates the first admin. */
@IntegrationTest
class UsersIntegrationTest {

    @Autowired
    Users users;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        TestDatabase.truncateAll(jdbc);
    }

    @Test
    void noAccountExistsUnlessSomeoneCreatesOne() {
        // The test context runs without the demo profile: nobody can sign in yet.
        assertThat(users.none()).isTrue();
    }

    @Test
    void demoAccountsIncludeTheIvrAndOnePerManagerAndClerkStaffRow() {
        jdbc.sql("""
                insert into staff values ('pm01', '王芳', 'PHONE_MANAGER', '广州', 'T1', 40),
                                         ('pm02', '李强', 'PHONE_MANAGER', '广州', 'T1', 40),
                                         ('hc01', '赵敏', 'HALL_CLERK', '广州', 'H1', null)
                """).update();

        List<DemoUser> demo = demoUsers.ensure();

        assertThat(demo).extracting(DemoUser::username)
                .containsExactly("admin", "analyst", "supervisor", "agent", "ivr", "pm01", "pm02", "hc01");
        assertThat(demo).contains(new DemoUser("ivr", Role.IVR), new DemoUser("hc01", Role.HALL_CLERK));
        assertThat(demo).contains(new DemoUser("pm02", Role.PHONE_MANAGER), new DemoUser("admin", Role.ADMIN));
        String hash = jdbc.sql("select password_hash from users where username = 'pm02'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwords.matches("demo", hash)).isTrue();
        assertThat(jdbc.sql("select roles from users where username = 'pm02'").query(String.class).single())
                .isEqualTo("PHONE_MANAGER");
        // ensure() again changes nothing in the set of accounts
        assertThat(demoUsers.ensure()).isEqualTo(demo);
        assertThat(users.list()).hasSize(8);
    }

    @Test
    void demoBlockNamesEveryAccountRoleAndPassword() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<DemoUser> many = new java.util.ArrayList<>(List.of(new DemoUser("admin", Role.ADMIN)));
        for (int i = 1; i <= 12; i++) {
            many.add(new DemoUser("pm%02d".formatted(i), Role.PHONE_MANAGER));
        }
        DemoUsers.print(many, new PrintStream(out, true, StandardCharsets.UTF_8));
        String block = out.toString(StandardCharsets.UTF_8);
        assertThat(block).contains("admin", "ADMIN", "pm01", "pm12", "12 PHONE_MANAGER accounts", "password")
                .doesNotContain("pm07");
        assertThat(block.lines().filter(l -> l.contains("admin")).findFirst().orElseThrow()).contains("demo");
    }

    @Test
    void addHashesThePasswordAndAudits() {
        Users.Account account = users.add("cli:test", "carol", "s3cret-pass".toCharArray(), Set.of(Role.SUPERVISOR));

        assertThat(account.roles()).containsExactly(Role.SUPERVISOR);
        String hash = jdbc.sql("select password_hash from users where username = 'carol'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("s3cret-pass");
        assertThat(passwords.matches("s3cret-pass", hash)).isTrue();
        assertThat(jdbc.sql("select actor || ' ' || action || ' ' || subject from audit_log").query(String.class).list())
                .containsExactly("cli:test user.add carol");
    }

    @Test
    void addRefusesDuplicatesShortPasswordsBadNamesAndNoRole() {
        users.add("t", "dave", "long-enough".toCharArray(), Set.of(Role.AGENT));
        assertThatThrownBy(() -> users.add("t", "dave", "long-enough".toCharArray(), Set.of(Role.AGENT)))
                .hasMessageContaining("exists");
        assertThatThrownBy(() -> users.add("t", "erin", "short".toCharArray(), Set.of(Role.AGENT)))
                .hasMessageContaining("8");
        assertThatThrownBy(() -> users.add("t", "Bad Name", "long-enough".toCharArray(), Set.of(Role.AGENT)))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> users.add("t", "frank", "long-enough".toCharArray(), EnumSet.noneOf(Role.class)))
                .hasMessageContaining("role");
    }

    @Test
    void cliCreatesAnAdminWithThePasswordFromStandardInput() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("first-admin-pw\n".getBytes(StandardCharsets.UTF_8)));
            int exit = new CommandLine(new Manyi()).execute("user", "add", "root", "--role", "ADMIN,SUPERVISOR",
                    "--password-stdin", "--data-dir", TestDatabase.dataDir().toString());
            assertThat(exit).isZero();
        } finally {
            System.setIn(stdin);
        }
        String hash = jdbc.sql("select password_hash from users where username = 'root'").query(String.class).single();
        assertThat(passwords.matches("first-admin-pw", hash)).isTrue();
        assertThat(jdbc.sql("select roles from users where username = 'root'").query(String.class).single())
                .isEqualTo("ADMIN,SUPERVISOR");
        assertThat(jdbc.sql("select actor from audit_log where action = 'user.add'").query(String.class).single())
                .startsWith("cli:");
    }

    @Test
    void cliRefusesAnUnknownRole() {
        int exit = new CommandLine(new Manyi()).execute("user", "add", "zed", "--role", "JANITOR",
                "--password-stdin", "--data-dir", TestDatabase.dataDir().toString());
        assertThat(exit).isNotZero();
        assertThat(users.none()).isTrue();
    }
}
