package io.manyi.churn.bench;

import io.manyi.churn.AtRiskFilter;
import io.manyi.churn.AtRiskList;
import io.manyi.churn.AtRiskPage;
import io.manyi.intake.Kind;
import io.manyi.intake.SyntheticFacts;
import io.manyi.platform.Role;
import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import io.manyi.platform.security.CurrentUser;
import io.manyi.tier.SyntheticStarLevels;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./manyi bench churn-list}: fills an EMPTY database (a scratch data dir) with synthetic
 * subscribers, phone-manager books, star levels and two scored months of churn_scores, all by
 * generate_series, then times the at-risk list's page query (the service the page calls: SQL,
 * masking, audit) for each filter and order: server time, median of several runs.
 */
@Command(name = "churn-list", mixinStandardHelpOptions = true,
        description = {"Time the churn at-risk list on N subscribers × 2 scored months (fills an EMPTY database:",
                "use a scratch --data-dir)."})
public final class ChurnListBenchCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--subscribers", defaultValue = "1000000", description = "Subscribers (default: ${DEFAULT-VALUE}).")
    int subscribers;

    @Option(names = "--repeat", defaultValue = "7", description = "Runs of each query; the median is printed (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long existing = jdbc.sql("select count(*) from subscribers").query(Long.class).single();
            long scored = jdbc.sql("select count(*) from churn_scores").query(Long.class).single();
            if (existing > 0 && scored == 0) {
                System.err.println("The database has subscribers but no churn scores: use an empty --data-dir.");
                return 1;
            }
            if (existing == 0) {
                long t0 = System.nanoTime();
                fill(context);
                out.printf("filled %,d subscribers, %,d churn_scores rows in %.1f s%n", subscribers,
                        jdbc.sql("select count(*) from churn_scores").query(Long.class).single(), seconds(t0));
            } else {
                out.printf("reusing %,d subscribers and %,d churn_scores rows%n", existing, scored);
            }
            AtRiskList list = context.getBean(AtRiskList.class);
            jdbc.sql("analyze churn_scores").update();
            timeAll(out, list);
        }
        return 0;
    }

    private void timeAll(PrintStream out, AtRiskList list) {
        CurrentUser analyst = new CurrentUser("bench-analyst", Set.of(Role.ANALYST));
        CurrentUser manager = new CurrentUser("pm0007", Set.of(Role.PHONE_MANAGER));
        time(out, "risk × value, no filter", () -> page(list, analyst, filter(null, null, null, null, null, 0)));
        time(out, "risk × value, page 20", () -> page(list, analyst, filter(null, null, null, null, null, 20)));
        time(out, "probability, no filter", () -> page(list, analyst, filter(null, null, null, null, "probability", 0)));
        time(out, "risk × value, city", () -> page(list, analyst, filter("广州", null, null, null, null, 0)));
        time(out, "risk × value, city + brand", () -> page(list, analyst, filter("广州", "MZONE", null, null, null, 0)));
        time(out, "risk × value, 5 stars", () -> page(list, analyst, filter(null, null, 5, null, null, 0)));
        time(out, "risk × value, one manager's book", () -> page(list, analyst, filter(null, null, null, "pm0007", null, 0)));
        time(out, "a phone manager's own list", () -> page(list, manager, filter(null, null, null, null, null, 0)));
    }

    private static AtRiskPage page(AtRiskList list, CurrentUser reader, AtRiskFilter filter) {
        return list.page(reader, filter, Locale.ENGLISH);
    }

    private static AtRiskFilter filter(String city, String brand, Integer stars, String manager, String sort, int page) {
        return new AtRiskFilter(city, brand, stars, manager, AtRiskFilter.Sort.of(sort), page);
    }

    private void time(PrintStream out, String what, Supplier<AtRiskPage> query) {
        double[] ms = new double[repeat];
        int rows = 0;
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            rows = query.get().rows().size();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "  %-36s median %7.1f ms (min %.1f, max %.1f), %d rows%n", what, ms[repeat / 2], ms[0],
                ms[repeat - 1], rows);
    }

    /** Each feature writes its own rows (the rows' SELECTs are the bench's). */
    private void fill(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        SyntheticFacts facts = context.getBean(SyntheticFacts.class);
        facts.insert(Kind.PLANS, """
                values ('B-GT88', 'GoTone 88', 'GOTONE', 88.00, 500, 4096, 100, 'VOICE'),
                       ('B-MZ38', 'M-Zone 38', 'MZONE', 38.00, 100, 8192, 200, 'DATA'),
                       ('B-EO18', 'Easyown 18', 'EASYOWN', 18.00, 50, 1024, 50, 'VOICE')
                """);
        facts.insert(Kind.STAFF, """
                select 'pm' || lpad(i::text, 4, '0'), 'PM ' || i, 'PHONE_MANAGER', '广州', 'T' || (i % 20), 40
                from generate_series(0, :managers - 1) i
                """, Map.of("managers", Math.max(1, subscribers / 2000)));
        facts.insert(Kind.SUBSCRIBERS, """
                select lpad((15000000000 + i)::text, 11, '0'), '客户' || i, '440106199001010000', 'F', null,
                       (array['广州','深圳','佛山','东莞','珠海','汕头','惠州','中山','江门','湛江',
                              '茂名','肇庆','梅州','汕尾','河源','阳江','清远','潮州','揭阳','云浮','韶关'])[1 + i % 21],
                       '区', (array['GOTONE','MZONE','EASYOWN'])[1 + (i / 7) % 3],
                       (array['B-GT88','B-MZ38','B-EO18'])[1 + (i / 7) % 3], '2018-01-01', 'ACTIVE', 'NORMAL', null, null
                from generate_series(0::bigint, :n - 1) i
                """, Map.of("n", subscribers));
        facts.insert(Kind.ASSIGNMENTS, """
                select lpad((15000000000 + i)::text, 11, '0'), 'PHONE_MANAGER',
                       'pm' || lpad(((i * 7919) % :managers)::text, 4, '0'), '2024-01-01'
                from generate_series(0::bigint, :n - 1) i
                """, Map.of("n", subscribers, "managers", Math.max(1, subscribers / 2000)));
        context.getBean(SyntheticStarLevels.class).assess(YearMonth.of(2026, 10), new BigDecimal(150), new BigDecimal(80), """
                select lpad((15000000000 + i)::text, 11, '0'), (i * 31) % 6, 80
                from generate_series(0::bigint, :n - 1) i
                """, Map.of("n", subscribers));
        jdbc.sql("""
                insert into churn_models values ('bench', now(), 3, '2025-01-01', '2025-09-01', '2025-10-01',
                    '2025-12-01', '[]', '{}', '{}', '\\x00', false) on conflict do nothing
                """).update();
        for (String month : new String[]{"2026-09-01", "2026-10-01"}) {
            jdbc.sql("""
                    insert into churn_scores
                    select cast(:month as date), lpad((15000000000 + i)::text, 11, '0'), 'bench',
                           least(0.999, power(((i * 2654435761) % 1000003) / 1000003.0, 3))::real,
                           ((i * 40503) % 101)::smallint, 50, 60, 70, 80,
                           round((10 + ((i * 97) % 3000) / 10.0)::numeric, 2),
                           array['spend fell ' || (i % 60) || '% over 3 months', 'tenure below a year', 'arrears'],
                           array['近3个月消费下降' || (i % 60) || '%', '在网不足一年', '欠费']
                    from generate_series(0::bigint, :n - 1) i
                    """).param("month", month).param("n", subscribers).update();
        }
        jdbc.sql("analyze").update();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
