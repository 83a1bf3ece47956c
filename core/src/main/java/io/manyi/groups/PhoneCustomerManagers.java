package io.manyi.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands the C groups that have no manager to phone customer managers (电话客户经理), one manager for
 * up to {@code capacity} groups: each group, in the order given, goes to the least-loaded manager of
 * its own city with room, else to the least-loaded manager of the province with room (ties: the
 * lower username), else stays unassigned. Deterministic, and a group keeps a manager once given one.
 */
public final class PhoneCustomerManagers {

    private PhoneCustomerManagers() {
    }

    public record Group(String groupId, String city) {
    }

    /** A phone manager, their city and how many groups they already look after. */
    public record Manager(String username, String city, int groups) {
    }

    /** The manager of each group that found one, in the order of {@code groups}. */
    public static Map<String, String> assign(List<Group> groups, List<Manager> managers, int capacity) {
        Map<String, Integer> load = new HashMap<>();
        Map<String, List<String>> byCity = new HashMap<>();
        List<String> everyone = new ArrayList<>();
        for (Manager m : managers.stream().sorted(Comparator.comparing(Manager::username)).toList()) {
            load.put(m.username(), m.groups());
            byCity.computeIfAbsent(m.city(), k -> new ArrayList<>()).add(m.username());
            everyone.add(m.username());
        }
        Map<String, String> assigned = new LinkedHashMap<>();
        for (Group group : groups) {
            String chosen = leastLoaded(byCity.getOrDefault(group.city(), List.of()), load, capacity);
            if (chosen == null) {
                chosen = leastLoaded(everyone, load, capacity);
            }
            if (chosen != null) {
                load.merge(chosen, 1, Integer::sum);
                assigned.put(group.groupId(), chosen);
            }
        }
        return assigned;
    }

    private static String leastLoaded(List<String> candidates, Map<String, Integer> load, int capacity) {
        String best = null;
        for (String username : candidates) {
            int groups = load.get(username);
            if (groups < capacity && (best == null || groups < load.get(best))) {
                best = username;
            }
        }
        return best;
    }
}
