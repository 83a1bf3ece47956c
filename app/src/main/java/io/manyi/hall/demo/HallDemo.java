package io.manyi.hall.demo;

import io.manyi.hall.CountForm;
import io.manyi.hall.HallChecks;
import io.manyi.hall.HallDays;
import io.manyi.intake.Kind;
import io.manyi.intake.SyntheticFacts;
import io.manyi.platform.Role;
import io.manyi.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's four halls (class A-D) with their staff, and their business from the first day of last
 * month to today: transactions, card deliveries and sales, invoices, visits. Every day before today is
 * closed through {@link HallDays} like a clerk would (one of them with a cash shortfall, explained),
 * last month is closed, and the checks are recorded. Today is left open for the visitor to close.
 * Runs once: it does nothing when halls exist.
 */
@Component
public class HallDemo {

    record DemoHall(String id, String name, String hallClass, String city, String district, int clerks, int dailyVisits) {
    }

    static final List<DemoHall> HALLS = List.of(
            new DemoHall("GZ-A01", "广州天河中心营业厅", "A", "广州", "天河区", 4, 60),
            new DemoHall("SZ-B01", "深圳福田营业厅", "B", "深圳", "福田区", 3, 40),
            new DemoHall("FS-C01", "佛山禅城营业厅", "C", "佛山", "禅城区", 2, 25),
            new DemoHall("DG-D01", "东莞长安合作厅", "D", "东莞", "长安镇", 1, 12));
    private static final String[] METHODS = {"CASH", "CARD", "WECHAT", "ALIPAY"};
    private static final String[] KINDS = {"BILL_PAYMENT", "TOP_UP", "SIM_SALE", "TOP_UP_CARD_SALE", "HANDSET"};
    private static final String[] SERVICES = {"BILL_PAYMENT", "PLAN_CHANGE", "SIM_REPLACEMENT", "NEW_LINE", "COMPLAINT"};
    private static final String[] CLERK_NAMES = {"陈晓燕", "林志强", "黄丽娟", "吴俊杰", "周敏", "郑海涛", "何静",
            "罗小军", "梁秀英", "谢伟"};
    private static final CurrentUser SEED = new CurrentUser("demo-seed", Set.of(Role.ADMIN));

    private final JdbcTemplate jdbc;
    private final HallDays days;
    private final HallChecks checks;
    private final Clock clock;
    private final SyntheticFacts facts;
    /** The subscribers of the hall being seeded (its city): who the visits are, when the province has them. */
    private List<String> customers = List.of();

    public HallDemo(JdbcTemplate jdbc, HallDays days, HallChecks checks, Clock clock, SyntheticFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.days = days;
        this.checks = checks;
        this.clock = clock;
    }

    /** Seeds the halls once; returns the number of days closed (0 when the halls were there already). */
    public int seedOnce() {
        Integer halls = jdbc.queryForObject("select count(*) from halls", Integer.class);
        if (halls != null && halls > 0) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = YearMonth.from(today).minusMonths(1).atDay(1);
        SplittableRandom random = new SplittableRandom(20261122);
        int clerkNo = 0;
        int closed = 0;
        for (int h = 0; h < HALLS.size(); h++) {
            DemoHall hall = HALLS.get(h);
            jdbc.update("insert into halls values (?, ?, ?, ?, ?, ?)", hall.id(), hall.name(), hall.hallClass(), hall.city(),
                    hall.district(), Date.valueOf(first));
            List<String> clerks = new ArrayList<>();
            for (int c = 0; c < hall.clerks(); c++) {
                String username = String.format("hall%02d", ++clerkNo);
                String position = c == 0 ? "HALL_MANAGER" : "CLERK";
                String name = CLERK_NAMES[(clerkNo - 1) % CLERK_NAMES.length];
                jdbc.update("insert into hall_staff values (?, ?, ?, ?)", username, hall.id(), name, position);
                // Also staff of the operator, so that the demo accounts include the clerks (DemoUsers).
                facts.insert(Kind.STAFF, "select :username, :name, 'HALL_CLERK', :city, :team, null::integer",
                        Map.of("username", username, "name", name, "city", hall.city(), "team", hall.id()));
                clerks.add(username);
            }
            customers = jdbc.queryForList("select msisdn from subscribers where city = ? and status = 'ACTIVE' "
                    + "order by msisdn limit 5000", String.class, hall.city());
            closed += business(hall, h, clerks, first, today, random);
        }
        return closed;
    }

    private int business(DemoHall hall, int index, List<String> clerks, LocalDate first, LocalDate today,
                         SplittableRandom random) {
        long simNext = 8986_0000_0000L + index * 1_000_000L;
        long cardNext = 5000_0000_0000L + index * 1_000_000L;
        long simSold = simNext;
        long cardSold = cardNext;
        long invoiceNext = 4400_0000L + index * 100_000L;
        long invoiceRollEnd = invoiceNext - 1;
        int closed = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            Timestamp at = Timestamp.from(day.atTime(18, 0).atZone(clock.getZone()).toInstant());
            if ((day.getDayOfMonth() - 1) % 10 == 0) {
                movement(hall, day, "SIM", "RECEIVED", simNext, simNext + 199, at);
                simNext += 200;
                movement(hall, day, "TOPUP50", "RECEIVED", cardNext, cardNext + 299, at);
                cardNext += 300;
            }
            if (invoiceNext + 80 > invoiceRollEnd) {
                // 发票一箱3000份: a whole box at a time.
                jdbc.update("insert into hall_invoice_rolls values (?, ?, ?, ?)", hall.id(), Date.valueOf(day),
                        invoiceRollEnd + 1, invoiceRollEnd + 3000);
                invoiceRollEnd += 3000;
            }
            int sims = Math.min(3 + random.nextInt(hall.dailyVisits() / 5 + 1), (int) (simNext - simSold));
            if (sims > 0) {
                movement(hall, day, "SIM", "SOLD", simSold, simSold + sims - 1, at);
                simSold += sims;
            }
            int cards = Math.min(5 + random.nextInt(hall.dailyVisits() / 3 + 1), (int) (cardNext - cardSold));
            if (cards > 0) {
                movement(hall, day, "TOPUP50", "SOLD", cardSold, cardSold + cards - 1, at);
                cardSold += cards;
            }
            if (day.getDayOfMonth() == 25 && simNext - simSold > 20) {
                // Damaged cards back to the warehouse: the next five in the drawer.
                movement(hall, day, "SIM", "RETURNED", simSold, simSold + 4, at);
                simSold += 5;
            }
            List<Object[]> transactions = new ArrayList<>();
            List<Object[]> invoices = new ArrayList<>();
            int count = hall.dailyVisits() / 2 + random.nextInt(hall.dailyVisits() / 2 + 1);
            for (int t = 0; t < count; t++) {
                String method = METHODS[random.nextInt(METHODS.length)];
                BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(30000), 2);
                String clerk = clerks.get(random.nextInt(clerks.size()));
                transactions.add(new Object[] {hall.id(), Date.valueOf(day), clerk, method, amount,
                        KINDS[random.nextInt(KINDS.length)], at});
                if (random.nextInt(3) == 0) {
                    invoices.add(new Object[] {hall.id(), Date.valueOf(day), invoiceNext++, "ISSUED", amount, null, at});
                }
            }
            if (random.nextInt(5) == 0) {
                long spoiled = invoiceNext++; // a blank spoiled in the printer
                invoices.add(new Object[] {hall.id(), Date.valueOf(day), spoiled, "VOIDED", null, "打印错误，两联加盖作废章", at});
            }
            jdbc.batchUpdate("insert into hall_transactions (hall_id, business_day, clerk, method, amount, kind, recorded_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", transactions);
            jdbc.batchUpdate("insert into hall_invoices (hall_id, business_day, invoice_no, status, amount, reason, recorded_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", invoices);
            visits(hall, clerks, day, random);
            if (day.isBefore(today)) {
                close(hall, clerks, day, today, random);
                closed++;
            }
            if (day.getDayOfMonth() == day.lengthOfMonth() && day.isBefore(today)) {
                days.closeMonth(SEED, hall.id(), YearMonth.from(day));
            }
        }
        return closed;
    }

    private void close(DemoHall hall, List<String> clerks, LocalDate day, LocalDate today, SplittableRandom random) {
        HallDays.DayView view = days.day(SEED, hall.id(), day);
        Map<String, BigDecimal> cash = new LinkedHashMap<>(view.systemCash());
        Map<String, String> stock = new LinkedHashMap<>();
        view.cards().forEach((type, card) -> stock.put(type, card.expectedClosing().toString()));
        Map<String, String> explanations = new LinkedHashMap<>();
        if (hall.hallClass().equals("A") && day.equals(today.minusDays(3)) && cash.containsKey("CASH")) {
            // The explained difference the demo promises: ¥50 short in the cash drawer.
            cash.put("CASH", cash.get("CASH").subtract(new BigDecimal("50.00")));
            explanations.put("cash.CASH", "找零多付 ¥50，营业员已签字确认并于次日补齐");
        }
        days.close(SEED, hall.id(), day, new CountForm(cash, stock, view.invoices().expectedUnused().toString(), explanations));
        for (String clerk : clerks) {
            BigDecimal score = BigDecimal.valueOf(85 + random.nextInt(16));
            checks.record(SEED, hall.id(), clerk, day, "COMPLIANCE", score, BigDecimal.valueOf(100), null);
        }
        if (day.getDayOfMonth() == 12 || day.getDayOfMonth() == 26) {
            // Two mystery-shopper visits a month; each clerk is observed once (the staff assessment scores them).
            for (int c = day.getDayOfMonth() == 12 ? 0 : 1; c < clerks.size(); c += 2) {
                checks.record(SEED, hall.id(), clerks.get(c), day, "MYSTERY_SHOPPER", BigDecimal.valueOf(70 + random.nextInt(31)),
                        BigDecimal.valueOf(100), "神秘顾客：问候、取号引导、业务解释、离柜提醒");
            }
        }
    }

    private void visits(DemoHall hall, List<String> clerks, LocalDate day, SplittableRandom random) {
        List<Object[]> rows = new ArrayList<>();
        int count = hall.dailyVisits() / 2 + random.nextInt(hall.dailyVisits());
        for (int v = 0; v < count; v++) {
            String msisdn = customers.isEmpty() ? null : customers.get(random.nextInt(customers.size()));
            ZonedDateTime arrived = day.atTime(9, 0).atZone(clock.getZone()).plusMinutes(random.nextInt(9 * 60));
            ZonedDateTime called = arrived.plusMinutes(random.nextInt(hall.hallClass().equals("A") ? 25 : 12));
            ZonedDateTime finished = called.plusMinutes(3 + random.nextInt(15));
            rows.add(new Object[] {hall.id(), clerks.get(random.nextInt(clerks.size())), msisdn,
                    String.format("A%03d", v + 1), SERVICES[random.nextInt(SERVICES.length)],
                    Timestamp.from(arrived.toInstant()), Timestamp.from(called.toInstant()), Timestamp.from(finished.toInstant())});
        }
        jdbc.batchUpdate("insert into hall_visits (hall_id, clerk, msisdn, ticket_no, service, arrived_at, called_at, "
                + "finished_at) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void movement(DemoHall hall, LocalDate day, String type, String movement, long from, long to, Timestamp at) {
        jdbc.update("insert into hall_card_movements (hall_id, business_day, card_type, movement, serial_from, serial_to, "
                + "recorded_at) values (?, ?, ?, ?, ?, ?, ?)", hall.id(), Date.valueOf(day), type, movement, from, to, at);
    }
}
