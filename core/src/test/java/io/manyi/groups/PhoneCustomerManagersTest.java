package io.manyi.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhoneCustomerManagersTest {

    @Test
    void ownCityFirstThenTheProvinceNeverAboveCapacity() {
        List<PhoneCustomerManagers.Group> groups = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            groups.add(new PhoneCustomerManagers.Group("G" + i, "广州"));
        }
        groups.add(new PhoneCustomerManagers.Group("S1", "深圳"));
        List<PhoneCustomerManagers.Manager> managers = List.of(
                new PhoneCustomerManagers.Manager("pm02", "广州", 1),
                new PhoneCustomerManagers.Manager("pm01", "广州", 0),
                new PhoneCustomerManagers.Manager("pm03", "佛山", 0));
        Map<String, String> assigned = PhoneCustomerManagers.assign(groups, managers, 3);
        // 广州 has room for 3 + 2 = 5; the next three go to the province's pm03; G8 and 深圳's find nobody.
        assertThat(assigned).containsEntry("G0", "pm01").containsEntry("G1", "pm01").containsEntry("G2", "pm02");
        Map<String, Integer> load = new HashMap<>(Map.of("pm01", 0, "pm02", 1, "pm03", 0));
        assigned.values().forEach(u -> load.merge(u, 1, Integer::sum));
        assertThat(load.values()).allMatch(n -> n <= 3);
        assertThat(load).containsEntry("pm03", 3);
        assertThat(assigned).hasSize(8).doesNotContainKey("S1").doesNotContainKey("G8").containsEntry("G5", "pm03");
    }

    @Test
    void theSameInputGivesTheSameAnswer() {
        List<PhoneCustomerManagers.Group> groups = List.of(new PhoneCustomerManagers.Group("A", "x"),
                new PhoneCustomerManagers.Group("B", "y"), new PhoneCustomerManagers.Group("C", "x"));
        List<PhoneCustomerManagers.Manager> managers = List.of(new PhoneCustomerManagers.Manager("m2", "x", 0),
                new PhoneCustomerManagers.Manager("m1", "x", 0));
        assertThat(PhoneCustomerManagers.assign(groups, managers, 1000))
                .isEqualTo(PhoneCustomerManagers.assign(groups, managers, 1000))
                .containsEntry("A", "m1").containsEntry("B", "m2").containsEntry("C", "m1");
    }
}
