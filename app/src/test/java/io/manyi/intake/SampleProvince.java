package io.manyi.intake;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/**
 * A small, plain, valid province for the intake's tests and for {@code bench import --from}
 * until the real generator is merged: every kind, every reference resolvable, nothing
 * realistic about the numbers. {@code main(dir, subscribers, months)} writes one to disk.
 */
public final class SampleProvince {

    public static final long FIRST_MSISDN = 13_800_000_000L;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "欧阳"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟"};
    private static final String[] CITIES = {"广州", "深圳", "佛山", "东莞"};
    private static final String[] DISTRICTS = {"天河区", "越秀区", "南山区", "福田区", "禅城区"};
    private static final String[] BRANDS = {"GOTONE", "MZONE", "EASYOWN", "EASYOWN", "EASYOWN", "MZONE", "EASYOWN",
            "EASYOWN", "MZONE", "EASYOWN"};
    private static final List<String> PLANS = List.of("P018", "P038", "P058", "P088", "P128", "P188");

    private SampleProvince() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int subscribers = Integer.parseInt(args[1]);
        int months = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        long start = System.nanoTime();
        write(dir, subscribers, months, YearMonth.of(2025, 12), 42);
        System.out.printf("wrote %,d subscribers x %d months to %s in %.1f s%n", subscribers, months, dir,
                (System.nanoTime() - start) / 1e9);
    }

    public static String header(Kind kind) {
        return String.join(",", kind.columns());
    }

    public static long msisdn(int i) {
        return FIRST_MSISDN + i;
    }

    /** A valid 18-character ID number for a birth date and a sequence. */
    public static String idNumber(LocalDate birth, int sequence) {
        String first17 = "440106" + birth.toString().replace("-", "") + String.format("%03d", sequence % 1000);
        return first17 + Identifiers.checkCharacter(first17);
    }

    public static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i / 7) % GIVEN.length] + (i % 3 == 0 ? GIVEN[(i / 3) % GIVEN.length] : "");
    }

    public static String subscriberRow(int i) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays((i * 37L) % 15000);
        boolean cancelled = i % 50 == 49;
        return msisdn(i) + "," + name(i) + "," + idNumber(birth, i) + "," + (i % 2 == 0 ? "M" : "F") + "," + birth + ","
                + CITIES[i % CITIES.length] + "," + DISTRICTS[i % DISTRICTS.length] + "," + BRANDS[i % BRANDS.length]
                + "," + PLANS.get(i % PLANS.size()) + "," + LocalDate.of(2005, 1, 1).plusDays((i * 13L) % 7000) + ","
                + (cancelled ? "CANCELLED" : "ACTIVE") + ",NORMAL," + (i % 5 == 0 ? "2026-06-30" : "") + ","
                + (cancelled ? "2025-10-15" : "");
    }

    public static String usageRow(long msisdn, YearMonth month, String spend) {
        return msisdn + "," + month + "," + spend + ",320,45,12,60,3072,8.50,3,0,42,5";
    }

    public static void write(Path dir, int subscribers, int months, YearMonth lastMonth, long seed) {
        Random random = new Random(seed);
        int managers = Math.max(1, subscribers / 1000);
        try {
            try (BufferedWriter out = writer(dir, Kind.PLANS)) {
                for (int p = 0; p < PLANS.size(); p++) {
                    line(out, PLANS.get(p) + ",畅享套餐" + p + "," + BRANDS[p % 3] + "," + (18 + 20 * p) + ".00,"
                            + (100 * (p + 1)) + "," + (1024 * (p + 1)) + ",100,BASIC");
                }
            }
            try (BufferedWriter out = writer(dir, Kind.STAFF)) {
                line(out, "sup01,主管一,SUPERVISOR,广州,一组,");
                for (int m = 1; m <= managers; m++) {
                    line(out, String.format("pm%02d,电话经理%d,PHONE_MANAGER,广州,一组,40", m, m));
                }
                line(out, "am01,客户经理一,ACCOUNT_MANAGER,广州,大客户,20");
            }
            try (BufferedWriter out = writer(dir, Kind.SUBSCRIBERS)) {
                for (int i = 0; i < subscribers; i++) {
                    line(out, subscriberRow(i));
                }
            }
            try (BufferedWriter out = writer(dir, Kind.ASSIGNMENTS)) {
                for (int i = 0; i < subscribers; i += 4) {
                    line(out, msisdn(i) + ",PHONE_MANAGER," + String.format("pm%02d", 1 + (i / 4) % managers) + ",2025-01-01");
                }
            }
            int groups = Math.max(1, subscribers / 500);
            try (BufferedWriter out = writer(dir, Kind.GROUPS)) {
                for (int g = 0; g < groups; g++) {
                    line(out, "G" + g + ",\"企业" + g + ", 有限公司\"," + "ABC".charAt(g % 3) + ",广州,制造,am01," + (g % 2 == 0 ? "2027-06-30" : ""));
                }
            }
            try (BufferedWriter out = writer(dir, Kind.GROUP_MEMBERS)) {
                for (int i = 0; i < subscribers; i += 10) {
                    line(out, "G" + (i / 10) % groups + "," + msisdn(i) + ",2024-03-01,");
                }
            }
            try (BufferedWriter out = writer(dir, Kind.USAGE)) {
                StringBuilder row = new StringBuilder(128);
                for (int i = 0; i < subscribers; i++) {
                    for (int m = months - 1; m >= 0; m--) {
                        row.setLength(0);
                        int fen = 1000 + random.nextInt(30000);
                        row.append(msisdn(i)).append(',').append(lastMonth.minusMonths(m)).append(',')
                                .append(fen / 100).append('.').append(fen % 100 < 10 ? "0" : "").append(fen % 100).append(',')
                                .append(random.nextInt(900)).append(',').append(random.nextInt(100)).append(',')
                                .append(random.nextInt(50)).append(',').append(random.nextInt(200)).append(',')
                                .append(random.nextInt(20000)).append(',').append(random.nextInt(30)).append(".00,")
                                .append(random.nextInt(5)).append(',').append(random.nextInt(2)).append(',')
                                .append(random.nextInt(80)).append(',').append(random.nextInt(10));
                        out.append(row).append('\n');
                    }
                }
            }
            try (BufferedWriter out = writer(dir, Kind.PAYMENTS)) {
                for (int i = 0; i < subscribers; i++) {
                    for (int m = months - 1; m >= 0; m--) {
                        YearMonth month = lastMonth.minusMonths(m);
                        boolean arrears = random.nextInt(20) == 0;
                        line(out, msisdn(i) + "," + month + ",88.00," + (arrears ? "40.00," : "88.00,")
                                + month.plusMonths(1).atDay(10) + "," + (arrears ? "48.00,15" : "0.00,0"));
                    }
                }
            }
            try (BufferedWriter out = writer(dir, Kind.VAS_SUBSCRIPTIONS)) {
                for (int i = 0; i < subscribers; i += 3) {
                    line(out, msisdn(i) + ",MUSIC,彩铃,SMS,2025-0" + (1 + i % 9) + "-15 10:20:30," + (i % 2 == 0 ? "Y" : "N")
                            + ",,5.00");
                }
            }
            try (BufferedWriter out = writer(dir, Kind.COMPLAINTS)) {
                for (int i = 0; i < subscribers; i += 25) {
                    line(out, "C" + i + "," + msisdn(i) + ",HOTLINE,BILLING/ERROR,MEDIUM,2025-11-02 09:00:00,"
                            + (i % 2 == 0 ? "2025-11-03 17:00:00" : "") + ",\"多扣了5元, 要求退还\"");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code lines} under the kind's header to {@code file} in {@code charset}. */
    public static Path writeFile(Path file, Kind kind, List<String> lines, Charset charset) {
        StringBuilder text = new StringBuilder(header(kind)).append('\n');
        lines.forEach(l -> text.append(l).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static BufferedWriter writer(Path dir, Kind kind) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(dir.resolve(kind.fileName()), StandardCharsets.UTF_8);
        out.write(header(kind));
        out.write('\n');
        return out;
    }

    private static void line(BufferedWriter out, String line) throws IOException {
        out.write(line);
        out.write('\n');
    }
}
