package io.manyi.province;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The operator's people and its enterprise customers: phone managers (about one per thousand
 * subscribers, by city), account managers for class A/B groups, and the group customers
 * (A: government and pillar firms, B: mid-size firms and institutions, C: small firms, some on
 * the 动力100 brand). Built once, before any subscriber, so that subscribers can be handed to
 * a manager and a group as they are generated.
 */
final class Organisation {

    static final String PHONE_MANAGER = "PHONE_MANAGER";
    static final String ACCOUNT_MANAGER = "ACCOUNT_MANAGER";

    /** A group customer and what a new member needs to know about it. */
    record GroupCustomer(Rows.Group row, double size, boolean dongli, String accountManagerOfMembers) {
    }

    private final List<Rows.Staff> staff = new ArrayList<>();
    private final List<GroupCustomer> groups = new ArrayList<>();
    private final Map<String, List<String>> phoneManagersByCity = new HashMap<>();
    private final List<String> allPhoneManagers = new ArrayList<>();
    private final Map<String, Pool> groupsByCity = new HashMap<>();
    private final Map<String, Pool> dongliGroupsByCity = new HashMap<>();
    private Pool allGroups;
    private Pool allDongliGroups;

    Organisation(int subscribers, long seed) {
        SplittableRandom rng = new SplittableRandom(Draw.mix(seed, 0x4F5247L));
        createPhoneManagers(rng, Math.max(2, Math.round(subscribers / 1000f)));
        createGroups(rng, subscribers);
    }

    List<Rows.Staff> staff() {
        return staff;
    }

    List<Rows.Group> groups() {
        return groups.stream().map(GroupCustomer::row).toList();
    }

    /** A phone manager in the subscriber's city, or anywhere in the province when the city has none. */
    String phoneManagerFor(SplittableRandom rng, String city) {
        List<String> local = phoneManagersByCity.getOrDefault(city, allPhoneManagers);
        return local.get(rng.nextInt(local.size()));
    }

    /** A group for a new member: mostly in the member's own city, bigger groups more likely. */
    GroupCustomer groupFor(SplittableRandom rng, String city, boolean dongli) {
        Pool local = (dongli ? dongliGroupsByCity : groupsByCity).get(city);
        Pool pool = local != null && Draw.chance(rng, 0.85) ? local : dongli ? allDongliGroups : allGroups;
        return pool.draw(rng);
    }

    private void createPhoneManagers(SplittableRandom rng, int count) {
        int[] perCity = largestRemainder(count);
        int serial = 0;
        for (int c = 0; c < perCity.length; c++) {
            String city = Geography.CITIES.get(c).name();
            for (int i = 0; i < perCity[c]; i++) {
                serial++;
                String username = "pm" + (serial < 10 ? "0" : "") + serial;
                String team = city + "电话经理" + (i / 10 + 1) + "组";
                int capacity = 60 + 5 * rng.nextInt(13);
                staff.add(new Rows.Staff(username, person(rng), PHONE_MANAGER, city, team, capacity));
                phoneManagersByCity.computeIfAbsent(city, k -> new ArrayList<>()).add(username);
                allPhoneManagers.add(username);
            }
        }
    }

    /** Phone managers per city in proportion to the city's weight, at least the total asked for. */
    private static int[] largestRemainder(int total) {
        List<Geography.City> cities = Geography.CITIES;
        double weightSum = cities.stream().mapToDouble(Geography.City::weight).sum();
        int[] counts = new int[cities.size()];
        double[] remainders = new double[cities.size()];
        int given = 0;
        for (int c = 0; c < counts.length; c++) {
            double exact = total * cities.get(c).weight() / weightSum;
            counts[c] = (int) exact;
            remainders[c] = exact - counts[c];
            given += counts[c];
        }
        while (given < total) {
            int best = 0;
            for (int c = 1; c < counts.length; c++) {
                if (remainders[c] > remainders[best]) {
                    best = c;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        return counts;
    }

    private void createGroups(SplittableRandom rng, int subscribers) {
        int classA = Math.max(1, Math.round(subscribers / 25_000f));
        int classB = Math.max(1, Math.round(subscribers / 5_000f));
        int classC = Math.max(2, Math.round(subscribers / 700f));
        int accountManagers = Math.max(1, (classA + classB + 5) / 6);
        List<String> managers = new ArrayList<>();
        int serial = 0;
        for (int i = 0; i < classA + classB + classC; i++) {
            char groupClass = i < classA ? 'A' : i < classA + classB ? 'B' : 'C';
            Geography.City city = Geography.drawCity(rng);
            String industry = industry(rng, groupClass);
            serial++;
            String id = "GRP" + groupClass + pad(serial, 6);
            String name = ChineseNames.organisation(rng, groupClass, city.name(), industry, serial);
            boolean dongli = groupClass == 'C' && (i == classA + classB || Draw.chance(rng, 0.35));
            String manager = null;
            if (groupClass != 'C' || Draw.chance(rng, 0.3)) {
                int index = groupClass == 'C' ? rng.nextInt(accountManagers) : (i / 6) % accountManagers;
                while (managers.size() <= index) {
                    String username = "am" + pad(managers.size() + 1, 2);
                    managers.add(username);
                    staff.add(new Rows.Staff(username, person(rng), ACCOUNT_MANAGER, city.name(),
                            city.name() + "集团客户部", 20 + 5 * rng.nextInt(5)));
                }
                manager = managers.get(index);
            }
            double median = groupClass == 'A' ? 150 : groupClass == 'B' ? 40 : 8;
            GroupCustomer group = new GroupCustomer(new Rows.Group(id, name, groupClass, city.name(), industry, manager, null),
                    Draw.logNormal(rng, median, 0.6), dongli, groupClass == 'C' ? null : manager);
            groups.add(group);
            groupsByCity.computeIfAbsent(city.name(), k -> new Pool()).add(group);
            if (dongli) {
                dongliGroupsByCity.computeIfAbsent(city.name(), k -> new Pool()).add(group);
            }
        }
        allGroups = new Pool();
        allDongliGroups = new Pool();
        for (GroupCustomer group : groups) {
            allGroups.add(group);
            if (group.dongli()) {
                allDongliGroups.add(group);
            }
        }
    }

    private static String industry(SplittableRandom rng, char groupClass) {
        String[] industries = switch (groupClass) {
            case 'A' -> new String[]{"GOVERNMENT", "GOVERNMENT", "HEALTHCARE", "FINANCE", "MANUFACTURING", "LOGISTICS"};
            case 'B' -> new String[]{"EDUCATION", "EDUCATION", "HEALTHCARE", "GOVERNMENT", "MANUFACTURING",
                    "MANUFACTURING", "IT", "RETAIL", "LOGISTICS"};
            default -> new String[]{"MANUFACTURING", "MANUFACTURING", "MANUFACTURING", "RETAIL", "RETAIL",
                    "HOSPITALITY", "CONSTRUCTION", "IT", "LOGISTICS"};
        };
        return Draw.pick(rng, industries);
    }

    private static String person(SplittableRandom rng) {
        return ChineseNames.person(rng, Draw.chance(rng, 0.5) ? 'M' : 'F');
    }

    static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** Groups with a cumulative size weight, for drawing a member's group. */
    private static final class Pool {
        private final List<GroupCustomer> members = new ArrayList<>();
        private double[] cumulative = new double[8];

        void add(GroupCustomer group) {
            if (members.size() == cumulative.length) {
                cumulative = java.util.Arrays.copyOf(cumulative, cumulative.length * 2);
            }
            double before = members.isEmpty() ? 0 : cumulative[members.size() - 1];
            cumulative[members.size()] = before + group.size();
            members.add(group);
        }

        GroupCustomer draw(SplittableRandom rng) {
            double u = rng.nextDouble() * cumulative[members.size() - 1];
            int index = java.util.Arrays.binarySearch(cumulative, 0, members.size(), u);
            int at = index >= 0 ? index + 1 : -index - 1;
            return members.get(Math.min(at, members.size() - 1));
        }
    }
}
