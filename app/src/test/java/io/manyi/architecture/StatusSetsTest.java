package io.manyi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.complaints.TicketStatus;
import io.manyi.complaints.TicketStatusSql;
import io.manyi.moments.Outcome;
import io.manyi.moments.TaskStatus;
import io.manyi.moments.TaskStatusSql;
import io.manyi.tier.SegmentRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The task and ticket rules live in their enums ({@link TaskStatus#OPEN}, {@link TicketStatus#FINAL},
 * what an {@link Outcome} does to a task): the SQL of the main sources takes them from
 * {@link TaskStatusSql} and {@link TicketStatusSql} instead of retyping them, and the lists the
 * migrations had to spell out (check constraints, partial indexes, the offered views) are held to them;
 * so is the value-segment rule of the view {@code value_segments}.
 */
class StatusSetsTest {

    private static final Path SOURCES = Path.of("..", "app", "src", "main", "java", "io", "manyi");
    private static final Path MIGRATIONS = Path.of("..", "app", "src", "main", "resources", "db", "migration");
    private static final Pattern LIST = Pattern.compile("\\b(status|outcome)\\s+(not\\s+)?in\\s*\\(\\s*('[A-Z_]+'(?:\\s*,\\s*'[A-Z_]+')*)\\s*\\)");

    @Test
    void theGeneratedListsAreTheCoreSets() {
        assertThat(TaskStatusSql.OPEN).isEqualTo("('NEW','ASSIGNED','IN_PROGRESS')");
        assertThat(set(TaskStatusSql.OPEN)).isEqualTo(names(TaskStatus.OPEN));
        assertThat(set(TaskStatusSql.HELD)).containsExactlyInAnyOrder("ASSIGNED", "IN_PROGRESS");
        assertThat(set(TaskStatusSql.CLOSED_BY_OUTCOME)).containsExactlyInAnyOrder("DONE", "FAILED");
        assertThat(set(TaskStatusSql.REACHED)).containsExactlyInAnyOrder("REACHED", "REACHED_ACCEPTED", "REACHED_REFUSED");
        assertThat(TicketStatusSql.FINAL).isEqualTo("('CLOSED','REJECTED','CANCELLED')");
        assertThat(set(TicketStatusSql.FINAL)).isEqualTo(names(TicketStatus.FINAL));
    }

    @Test
    void theMigrationsListsAreTheCoreSets() {
        String sql = migrations();
        // the columns' check constraints: every state of the enum, no other
        assertThat(set(first(sql, "create table tasks \\((?:[^;]*?)\\bstatus\\b[^,]*?check \\(status in \\(([^)]*)\\)")))
                .isEqualTo(names(Arrays.asList(TaskStatus.values())));
        assertThat(set(first(sql, "create table tickets \\((?:[^;]*?)\\bstatus\\b[^,]*?check \\(status in \\(([^)]*)\\)")))
                .isEqualTo(names(Arrays.asList(TicketStatus.values())));
        // the partial indexes over open tasks and open tickets, and the view other features read
        List<String> openTasks = all(sql, "create (?:unique )?index \\w+ on tasks [^;]*? where status in \\(([^)]*)\\)");
        assertThat(openTasks).hasSize(2).allSatisfy(list -> assertThat(set(list)).isEqualTo(names(TaskStatus.OPEN)));
        List<String> openTickets = new ArrayList<>(all(sql, "create index \\w+ on tickets [^;]*? where status not in \\(([^)]*)\\)"));
        openTickets.addAll(all(sql, "create (?:or replace )?view ticket_records as [^;]*?status not in \\(([^)]*)\\)"));
        // tickets_open (V11), the queue's tickets_open_by_due and tickets_open_by_assignee (V31), ticket_records (twice)
        assertThat(openTickets).hasSize(5).allSatisfy(list -> assertThat(set(list)).isEqualTo(names(TicketStatus.FINAL)));
    }

    @Test
    void noMainSourceRetypesATaskOrTicketStatusSetOrAnOutcomeSet() throws IOException {
        Set<String> task = names(Arrays.asList(TaskStatus.values()));
        Set<String> ticket = names(Arrays.asList(TicketStatus.values()));
        Set<String> outcome = names(Arrays.asList(Outcome.values()));
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                for (String text : TableOwnershipTest.JavaSource.parse(Files.readString(file)).resolved(java.util.Map.of())) {
                    Matcher m = LIST.matcher(text);
                    while (m.find()) {
                        Set<String> values = set("(" + m.group(3) + ")");
                        if (values.size() > 1 && (task.containsAll(values) || ticket.containsAll(values) || outcome.containsAll(values))) {
                            offences.add(SOURCES.relativize(file) + ": " + m.group());
                        }
                    }
                }
            }
        }
        offences.forEach(System.out::println);
        assertThat(offences).as("use TaskStatusSql / TicketStatusSql").isEmpty();
    }

    /** The view {@code value_segments} (V6) compares a month's average spend with its cut-offs as core's {@code Cutoffs.segmentOf} does. */
    @Test
    void theValueSegmentViewIsCoresSegmentRule() {
        Matcher m = Pattern.compile("create view value_segments as .*?case when a\\.average_spend >= r\\.(\\w+) then '(\\w+)' "
                + "when a\\.average_spend >= r\\.(\\w+) then '(\\w+)' else '(\\w+)' end").matcher(migrations());
        assertThat(m.find()).as("value_segments' CASE").isTrue();
        long[][] cases = {{0, 100, 50}, {49, 100, 50}, {50, 100, 50}, {99, 100, 50}, {100, 100, 50}, {500, 100, 50}, {70, 80, 80}};
        for (long[] c : cases) {
            long spend = c[0];
            SegmentRules.Cutoffs cutoffs = new SegmentRules.Cutoffs(c[1], c[2]);
            String sql = spend >= cutoff(m.group(1), cutoffs) ? m.group(2) : spend >= cutoff(m.group(3), cutoffs) ? m.group(4) : m.group(5);
            assertThat(sql).as("spend %d, cut-offs %d/%d", spend, c[1], c[2]).isEqualTo(cutoffs.segmentOf(spend).name());
        }
    }

    private static long cutoff(String column, SegmentRules.Cutoffs cutoffs) {
        return switch (column) {
            case "high_from" -> cutoffs.highFromFen();
            case "mid_from" -> cutoffs.midFromFen();
            default -> throw new AssertionError("value_segments compares with " + column);
        };
    }

    @Test
    void theScanFindsARetypedList() {
        Matcher m = LIST.matcher(TableOwnershipTest.JavaSource.parse("""
                class X { String q = "select 1 from tasks where t.status in ( 'DONE', 'FAILED') and outcome not in ('REACHED')"; }
                """).resolved(java.util.Map.of()).getFirst());
        assertThat(m.find()).isTrue();
        assertThat(set("(" + m.group(3) + ")")).containsExactly("DONE", "FAILED");
    }

    private static String migrations() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(s -> s.replaceAll("--[^\n]*", " ").replaceAll("\\s+", " ")).collect(Collectors.joining(" "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String first(String sql, String regex) {
        List<String> found = all(sql, regex);
        assertThat(found).as(regex).isNotEmpty();
        return found.getFirst();
    }

    private static List<String> all(String sql, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(sql);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The values of {@code ('A','B')} or {@code 'A','B'}. */
    private static Set<String> set(String list) {
        return Arrays.stream(list.replaceAll("[()\\s]", "").split(",")).map(v -> v.replace("'", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
