package io.manyi.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    @Test
    void adminSeesTheNumberAndPhoneManagerDoesNot() {
        assertThat(Visibility.of(Role.ADMIN).showMsisdn("13812341234")).isEqualTo("13812341234");
        assertThat(Visibility.of(Role.PHONE_MANAGER).showMsisdn("13812341234")).isEqualTo("138****1234");
        assertThat(Visibility.of(Role.ACCOUNT_MANAGER).msisdn()).isFalse();
    }

    @Test
    void analystSeesNoIdentity() {
        Visibility analyst = Visibility.of(Role.ANALYST);
        assertThat(analyst.showName("张小明")).isEqualTo("张*明");
        assertThat(analyst.showIdNumber("440106199001011234")).isEqualTo("440106********1234");
        assertThat(analyst.showMsisdn("13812341234")).isEqualTo("138****1234");
    }

    @Test
    void onlyAdminAndHallClerkSeeTheIdNumber() {
        for (Role role : Role.values()) {
            boolean expected = role == Role.ADMIN || role == Role.HALL_CLERK;
            assertThat(Visibility.of(role).idNumber()).as(role.name()).isEqualTo(expected);
        }
    }

    @Test
    void severalRolesSeeTheUnionOfWhatEachSees() {
        Visibility both = Visibility.of(List.of(Role.ANALYST, Role.AGENT));
        assertThat(both).isEqualTo(new Visibility(true, true, false));
        assertThat(Visibility.of(Set.of())).isEqualTo(Visibility.NOTHING);
    }

    @Test
    void maskedBirthDateKeepsTheBirthdayOnly() {
        LocalDate birth = LocalDate.of(1985, 3, 14);
        assertThat(Visibility.of(Role.PHONE_MANAGER).showBirthDate(birth)).isEqualTo("****-03-14");
        assertThat(Visibility.of(Role.HALL_CLERK).showBirthDate(birth)).isEqualTo("1985-03-14");
        assertThat(Visibility.NOTHING.showBirthDate(null)).isNull();
    }

    @Test
    void phoneManagersAreScopedUnlessAnotherRoleWidensTheirReach() {
        assertThat(Role.scopedToAssignments(EnumSet.of(Role.PHONE_MANAGER))).isTrue();
        assertThat(Role.scopedToAssignments(EnumSet.of(Role.PHONE_MANAGER, Role.ACCOUNT_MANAGER))).isTrue();
        assertThat(Role.scopedToAssignments(EnumSet.of(Role.PHONE_MANAGER, Role.SUPERVISOR))).isFalse();
        assertThat(Role.scopedToAssignments(EnumSet.of(Role.AGENT))).isFalse();
        // No role at all reaches nobody through this rule; security refuses such users earlier.
        assertThat(Role.scopedToAssignments(EnumSet.noneOf(Role.class))).isFalse();
    }
}
