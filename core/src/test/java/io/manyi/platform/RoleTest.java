package io.manyi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void parsesTheUsersColumnLeniently() {
        assertThat(Role.parseList("ADMIN, phone_manager,ROLE_AGENT,,nonsense"))
                .containsExactlyInAnyOrder(Role.ADMIN, Role.PHONE_MANAGER, Role.AGENT);
        assertThat(Role.parseList(null)).isEmpty();
        assertThat(Role.parse("hall-clerk")).contains(Role.HALL_CLERK);
    }

    @Test
    void authorityCarriesSpringsRolePrefix() {
        assertThat(Role.SUPERVISOR.authority()).isEqualTo("ROLE_SUPERVISOR");
    }
}
