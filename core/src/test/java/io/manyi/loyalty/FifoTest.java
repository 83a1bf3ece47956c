package io.manyi.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FifoTest {

    private static final LocalDate NOV_2026 = LocalDate.of(2026, 11, 30);
    private static final LocalDate NOV_2027 = LocalDate.of(2027, 11, 30);

    @Test
    void spendingTakesTheOldestExpiringPointsFirst() {
        List<Entry> entries = List.of(
                new Entry(EntryType.ACCRUAL, 100, NOV_2027),
                new Entry(EntryType.ACCRUAL, 50, NOV_2026),
                new Entry(EntryType.REDEMPTION, -70, null));
        assertThat(Fifo.remaining(entries)).containsExactly(new Lot(NOV_2027, 80));
        assertThat(Fifo.expiringBy(entries, NOV_2026)).isZero();
        assertThat(Fifo.balance(entries)).isEqualTo(80);
    }

    @Test
    void pointsThatNeverExpireAreSpentLast() {
        List<Entry> entries = List.of(
                new Entry(EntryType.ADJUSTMENT, 30, null),
                new Entry(EntryType.ACCRUAL, 20, NOV_2026),
                new Entry(EntryType.REDEMPTION, -25, null));
        assertThat(Fifo.remaining(entries)).containsExactly(new Lot(null, 25));
    }

    @Test
    void expiringByCountsOnlyUnspentPointsDueByTheDay() {
        List<Entry> entries = List.of(
                new Entry(EntryType.ACCRUAL, 100, NOV_2026),
                new Entry(EntryType.ACCRUAL, 100, NOV_2027),
                new Entry(EntryType.REDEMPTION, -40, null));
        assertThat(Fifo.expiringBy(entries, NOV_2026)).isEqualTo(60);
        assertThat(Fifo.expiringBy(entries, NOV_2027)).isEqualTo(160);
    }

    /**
     * Property, over seeded random histories: a ledger that refuses any debit it cannot afford
     * never has a negative balance, its balance is the sum of its entries, and its unspent lots
     * add up to that balance; expiring a due lot never makes it negative either.
     */
    @Test
    void randomHistoriesNeverGoNegativeAndLotsAddUpToTheBalance() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            List<Entry> ledger = new ArrayList<>();
            long expectedSum = 0;
            for (int step = 0; step < 200; step++) {
                int kind = random.nextInt(10);
                if (kind < 4) {
                    long points = 1 + random.nextInt(500);
                    LocalDate expires = LocalDate.of(2026 + random.nextInt(4), 11, 30);
                    ledger.add(new Entry(EntryType.ACCRUAL, points, random.nextInt(10) == 0 ? null : expires));
                    expectedSum += points;
                } else if (kind < 9) {
                    long points = 1 + random.nextInt(800);
                    if (Fifo.affords(ledger, points)) {
                        ledger.add(new Entry(EntryType.REDEMPTION, -points, null));
                        expectedSum -= points;
                    }
                } else {
                    LocalDate day = LocalDate.of(2026 + random.nextInt(4), 11, 30);
                    long due = Fifo.expiringBy(ledger, day);
                    if (due > 0) {
                        ledger.add(new Entry(EntryType.EXPIRY, -due, null));
                        expectedSum -= due;
                        assertThat(Fifo.expiringBy(ledger, day)).as("seed %d", seed).isZero();
                    }
                }
                long balance = Fifo.balance(ledger);
                assertThat(balance).as("seed %d step %d", seed, step).isGreaterThanOrEqualTo(0).isEqualTo(expectedSum);
                assertThat(Fifo.remaining(ledger).stream().mapToLong(Lot::points).sum())
                        .as("seed %d step %d", seed, step).isEqualTo(balance);
            }
        }
    }
}
