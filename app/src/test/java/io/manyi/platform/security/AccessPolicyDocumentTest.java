package io.manyi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/access-policy.md is the {@link AccessPolicy} as a table, for a security reviewer: this test
 * fails when the two differ. {@code -Dmanyi.write-docs=true} writes the table anew.
 */
class AccessPolicyDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "access-policy.md");

    @Test
    void theDocumentIsThePolicy() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("manyi.write-docs")) {
            Files.writeString(DOCUMENT, expected);
        }
        assertThat(Files.readString(DOCUMENT))
                .as("docs/access-policy.md is out of date: run this test with -Dmanyi.write-docs=true")
                .isEqualTo(expected);
    }

    @Test
    void everyPersonRoleReachesSomethingAndTheMachineOnlyTheHotline() {
        for (Role role : Role.values()) {
            long reached = AccessPolicy.decisions().values().stream().filter(d -> !d.open() && d.allows(java.util.Set.of(role))).count();
            assertThat(reached).as(role.name()).isPositive();
        }
        assertThat(AccessPolicy.decisions().entrySet().stream()
                .filter(e -> !e.getValue().open() && e.getValue().allows(java.util.Set.of(Role.IVR)))
                .map(e -> e.getKey().toString()))
                .containsExactly("GET /api/v1/hotline/route");
    }

    static String render() {
        StringBuilder md = new StringBuilder("""
                # Access policy: who may call what

                Generated from `io.manyi.platform.security.AccessPolicy` by `AccessPolicyDocumentTest`
                (which fails when this page and the code differ); docs/security.md explains the policy.
                One row per endpoint as its controller maps it; ✓ marks the roles that may call it. A
                phone or account manager (PM, AM) then reaches only their book's subscribers, a hall clerk
                only their hall, and each role sees the fields docs/security.md lists; those are checked
                on the data. An endpoint missing here answers 403 to everyone.

                """);
        md.append("| method | endpoint |");
        for (Role role : Role.values()) {
            md.append(' ').append(abbreviation(role)).append(" |");
        }
        md.append("\n|---|---|");
        md.append("---|".repeat(Role.values().length)).append('\n');
        for (Map.Entry<AccessPolicy.Endpoint, AccessPolicy.Decision> e : AccessPolicy.decisions().entrySet()) {
            md.append("| ").append(e.getKey().method()).append(" | `").append(e.getKey().pattern()).append("` |");
            for (Role role : Role.values()) {
                boolean open = e.getValue().open();
                md.append(open ? " open |" : e.getValue().roles().contains(role) ? " ✓ |" : "  |");
            }
            md.append('\n');
        }
        md.append("\nRoles: ");
        for (Role role : Role.values()) {
            md.append(abbreviation(role)).append(" = `").append(role.name()).append('`')
                    .append(role.ordinal() < Role.values().length - 1 ? ", " : ".\n");
        }
        return md.toString();
    }

    private static String abbreviation(Role role) {
        return switch (role) {
            case ADMIN -> "ADM";
            case ANALYST -> "ANL";
            case SUPERVISOR -> "SUP";
            case PHONE_MANAGER -> "PM";
            case ACCOUNT_MANAGER -> "AM";
            case AGENT -> "AGT";
            case HALL_CLERK -> "HALL";
            case IVR -> "IVR";
        };
    }
}
