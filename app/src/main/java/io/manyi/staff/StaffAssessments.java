package io.manyi.staff;

import io.manyi.platform.security.CurrentUser;
import io.manyi.staff.internal.AssessmentTable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Reading the stored assessments: a month's (ranked), one employee's months, and rankings over a
 * month, quarter or year with the figures behind each score.
 */
@Service
public class StaffAssessments {

    /** A month's assessment with its ranks among the same role (overall and in the hall or team). */
    public record Assessment(YearMonth month, String username, String role, String unit, String displayName, Double total,
                             Integer rank, Integer unitRank, List<Map<String, Object>> components) {
    }

    /**
     * A ranking row: the mean of the monthly totals of the period ({@code months} assessed), each
     * component's mean score, and the monthly totals themselves.
     */
    public record Standing(String username, String role, String unit, String displayName, Double score, Integer rank,
                           Integer unitRank, int months, Map<String, Double> components, Map<String, Double> monthly) {
    }

    private final AssessmentTable table;
    private final StaffAccess access;

    public StaffAssessments(AssessmentTable table, StaffAccess access) {
        this.table = table;
        this.access = access;
    }

    public List<Assessment> month(CurrentUser user, YearMonth month, StaffRole role) {
        String own = access.onlyOwn(user);
        List<Assessment> ranked = ranked(month, role);
        return own == null ? ranked : ranked.stream().filter(a -> a.username().equals(own)).toList();
    }

    private List<Assessment> ranked(YearMonth month, StaffRole role) {
        List<AssessmentTable.Stored> stored = table.read(month, month, role == null ? null : role.name(), null);
        List<Assessment> ranked = new ArrayList<>();
        for (String r : roles(role)) {
            List<AssessmentTable.Stored> ofRole = stored.stream().filter(s -> s.role().equals(r)).toList();
            for (Ranking.Ranked<AssessmentTable.Stored> x : Ranking.rank(ofRole, AssessmentTable.Stored::total,
                    AssessmentTable.Stored::unit, AssessmentTable.Stored::username)) {
                AssessmentTable.Stored s = x.item();
                ranked.add(new Assessment(s.month(), s.username(), s.role(), s.unit(), s.displayName(), s.total(), x.rank(),
                        x.unitRank(), s.components()));
            }
        }
        return ranked;
    }

    /** One employee's assessments, months {@code from}..{@code to}, each with its rank of that month. */
    public List<Assessment> employee(CurrentUser user, String username, YearMonth from, YearMonth to) {
        access.mayRead(user, username);
        List<Assessment> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            YearMonth month = m;
            table.read(month, month, null, username).stream().findFirst().ifPresent(s -> {
                StaffRole role = StaffRole.valueOf(s.role());
                ranked(month, role).stream()
                        .filter(a -> a.username().equals(username)).findFirst().ifPresent(months::add);
            });
        }
        return months;
    }

    public List<Standing> rankings(CurrentUser user, Period period, StaffRole role) {
        String own = access.onlyOwn(user);
        List<AssessmentTable.Stored> stored = table.read(period.from(), period.to(), role == null ? null : role.name(), null);
        List<Standing> all = new ArrayList<>();
        for (String r : roles(role)) {
            Map<String, List<AssessmentTable.Stored>> byPerson = new LinkedHashMap<>();
            stored.stream().filter(s -> s.role().equals(r))
                    .forEach(s -> byPerson.computeIfAbsent(s.username(), k -> new ArrayList<>()).add(s));
            List<Standing> unranked = byPerson.values().stream().map(StaffAssessments::standing).toList();
            for (Ranking.Ranked<Standing> x : Ranking.rank(unranked, Standing::score, Standing::unit, Standing::username)) {
                Standing s = x.item();
                all.add(new Standing(s.username(), s.role(), s.unit(), s.displayName(), s.score(), x.rank(), x.unitRank(),
                        s.months(), s.components(), s.monthly()));
            }
        }
        return own == null ? all : all.stream().filter(s -> s.username().equals(own)).toList();
    }

    public List<YearMonth> assessedMonths() {
        return table.months();
    }

    private static Standing standing(List<AssessmentTable.Stored> months) {
        AssessmentTable.Stored latest = months.getLast();
        Map<String, Double> monthly = new LinkedHashMap<>();
        Map<String, double[]> sums = new LinkedHashMap<>();
        double total = 0;
        int counted = 0;
        for (AssessmentTable.Stored m : months) {
            monthly.put(m.month().toString(), m.total());
            if (m.total() != null) {
                total += m.total();
                counted++;
            }
            for (Map<String, Object> c : m.components()) {
                double[] sum = sums.computeIfAbsent((String) c.get("component"), k -> new double[2]);
                if (c.get("score") instanceof Number score) {
                    sum[0] += score.doubleValue();
                    sum[1]++;
                }
            }
        }
        Map<String, Double> components = new LinkedHashMap<>();
        sums.forEach((name, sum) -> components.put(name, sum[1] == 0 ? null : Scorecard.round1(sum[0] / sum[1])));
        return new Standing(latest.username(), latest.role(), latest.unit(), latest.displayName(),
                counted == 0 ? null : Scorecard.round1(total / counted), null, null, counted, components, monthly);
    }

    private static List<String> roles(StaffRole role) {
        return role == null ? List.of(StaffRole.HALL_CLERK.name(), StaffRole.PHONE_MANAGER.name()) : List.of(role.name());
    }
}
