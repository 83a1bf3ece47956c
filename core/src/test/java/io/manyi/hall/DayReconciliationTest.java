package io.manyi.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DayReconciliationTest {

    private static SerialRanges r(String text) {
        return SerialRanges.parse(text);
    }

    @Test
    void serialRangesMergeSubtractAndParse() {
        SerialRanges box = r("1000-1099, 1100-1199 ; 1300");
        assertThat(box.ranges()).hasSize(2);
        assertThat(box.count()).isEqualTo(201);
        assertThat(box.minus(r("1050-1060 1199-1300")).toString()).isEqualTo("1000-1049, 1061-1198");
        assertThat(box.intersect(r("1195-1400")).toString()).isEqualTo("1195-1199, 1300");
        assertThat(SerialRanges.numbers(List.of(5L, 3L, 4L, 9L)).toString()).isEqualTo("3-5, 9");
        assertThat(r("")).isEqualTo(SerialRanges.EMPTY);
        assertThatThrownBy(() -> r("12-x")).hasMessageContaining("12-x");
        assertThatThrownBy(() -> r("20-10")).hasMessageContaining("20-10");
    }

    @Test
    void minusAgreesWithSetArithmeticOnRandomRanges() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 500; round++) {
            SerialRanges a = randomRanges(random);
            SerialRanges b = randomRanges(random);
            Set<Long> expected = expand(a);
            expected.removeAll(expand(b));
            assertThat(expand(a.minus(b))).isEqualTo(expected);
            assertThat(a.minus(b).count()).isEqualTo(expected.size());
            assertThat(a.minus(b).plus(a.intersect(b))).isEqualTo(a);
        }
    }

    @Test
    void aDayThatAddsUpHasNoDifferences() {
        CardDay sim = new CardDay(r("100-149"), r("150-199"), r("100-104"), r("190-199"));
        InvoiceDay invoices = new InvoiceDay(r("5000-5099"), SerialRanges.EMPTY, List.of(5000L, 5001L),
                List.of(new InvoiceDay.Voided(5002L, "printer jam")));
        DayCount count = new DayCount(Map.of("CASH", 12_050L, "WECHAT", 9_900L), Map.of("SIM", r("105-189")),
                r("5003-5099"), Map.of());
        DayReconciliation.Result result = DayReconciliation.reconcile(Map.of("CASH", 12_050L, "WECHAT", 9_900L),
                Map.of("SIM", sim), invoices, count);
        assertThat(result.differences()).isEmpty();
        DayReconciliation.CardLine line = result.cards().getFirst();
        assertThat(List.of(line.opening(), line.received(), line.sold(), line.returned(), line.expectedCount()))
                .containsExactly(50L, 50L, 5L, 10L, 85L);
        assertThat(line.expectedCount()).isEqualTo(line.expectedClosing().count());
        assertThat(result.invoices().expectedUnused()).isEqualTo(r("5003-5099"));
        assertThat(result.invoices().issued()).isEqualTo(2);
        // Voiding an invoice that was issued is no difference: both copies are kept, stamped 作废.
        InvoiceDay reissued = new InvoiceDay(r("5000-5099"), SerialRanges.EMPTY, List.of(5000L, 5001L, 5002L),
                List.of(new InvoiceDay.Voided(5002L, "wrong amount")));
        DayReconciliation.Result again = DayReconciliation.reconcile(Map.of("CASH", 12_050L, "WECHAT", 9_900L),
                Map.of("SIM", sim), reissued, count);
        assertThat(again.differences()).isEmpty();
        assertThat(again.invoices().issued()).isEqualTo(2);
        assertThat(again.invoices().voided()).isEqualTo(1);
    }

    @Test
    void everyDisagreementIsADifferenceUntilExplained() {
        CardDay sim = new CardDay(r("100-149"), SerialRanges.EMPTY, r("100-101, 900"), SerialRanges.EMPTY);
        InvoiceDay invoices = new InvoiceDay(r("5000-5009"), SerialRanges.EMPTY, List.of(5000L, 5000L),
                List.of(new InvoiceDay.Voided(5001L, " ")));
        DayCount count = new DayCount(Map.of("CASH", 10_000L), Map.of("SIM", r("102-148")), r("5002-5009"),
                Map.of("cash.CASH", "¥5 change given twice, refunded by the clerk"));
        DayReconciliation.Result result = DayReconciliation.reconcile(Map.of("CASH", 10_500L, "CARD", 3_000L),
                Map.of("SIM", sim), invoices, count);
        assertThat(result.differences()).extracting(Difference::key).containsExactlyInAnyOrder(
                "cash.CARD", "cash.CASH", "stock.SIM.unknown", "stock.SIM", "invoices.duplicate", "invoices.void.5001");
        assertThat(result.differences()).filteredOn(d -> d.key().equals("stock.SIM")).singleElement()
                .extracting(Difference::detail).asString().contains("missing 1 (149)");
        assertThat(result.differences()).filteredOn(d -> d.key().equals("cash.CASH")).singleElement()
                .extracting(Difference::detail).asString().contains("short ¥5.00");
        assertThat(result.unexplained(count.explanations())).extracting(Difference::key)
                .doesNotContain("cash.CASH").hasSize(5);
    }

    @Test
    void countedBlankInvoicesMustBeExactlyTheUnusedOnes() {
        InvoiceDay invoices = new InvoiceDay(r("1-10"), r("11-20"), List.of(1L, 2L, 3L), List.of());
        DayCount count = new DayCount(Map.of(), Map.of(), r("4-19, 25"), Map.of());
        DayReconciliation.Result result = DayReconciliation.reconcile(Map.of(), Map.of(), invoices, count);
        assertThat(result.differences()).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("invoices.unused");
            assertThat(d.detail()).contains("missing 20").contains("not expected 25");
        });
    }

    @Test
    void aMonthClosesOnlyWhenEveryDayFromOpeningHas() {
        YearMonth month = YearMonth.of(2026, 2);
        Set<LocalDate> closed = new HashSet<>();
        for (int d = 1; d <= 28; d++) {
            if (d != 14) {
                closed.add(month.atDay(d));
            }
        }
        assertThat(MonthClose.openDays(month, LocalDate.of(2025, 1, 1), closed)).containsExactly(month.atDay(14));
        assertThat(MonthClose.openDays(month, LocalDate.of(2026, 2, 15), closed)).isEmpty();
        assertThat(MonthClose.hasEnded(month, LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(MonthClose.hasEnded(month, LocalDate.of(2026, 3, 1))).isTrue();
    }

    private static SerialRanges randomRanges(SplittableRandom random) {
        List<SerialRanges.Range> ranges = new java.util.ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            long from = random.nextInt(200);
            ranges.add(new SerialRanges.Range(from, from + random.nextInt(30)));
        }
        return SerialRanges.of(ranges);
    }

    private static Set<Long> expand(SerialRanges ranges) {
        Set<Long> all = new HashSet<>();
        ranges.ranges().forEach(r -> {
            for (long n = r.from(); n <= r.to(); n++) {
                all.add(n);
            }
        });
        return all;
    }
}
