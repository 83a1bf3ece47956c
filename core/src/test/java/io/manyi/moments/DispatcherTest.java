package io.manyi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.moments.Dispatcher.Candidate;
import io.manyi.moments.Dispatcher.Placement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DispatcherTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    static final ContactPolicy POLICY = new ContactPolicy(2, 30, LocalTime.of(21, 0), LocalTime.of(9, 0), 60, 200, 1, 30, 10);

    static Candidate call(String msisdn, double value, String owner) {
        return new Candidate(msisdn, value, Channel.PHONE_MANAGER, owner, null, TODAY.plusDays(10), false, 0, false);
    }

    @Test
    void theMostValuableGetTodayTheRestOverflowOrGoBySms() {
        DayLoad load = new DayLoad(Map.of("pm01", 2), 60, 200);
        List<Placement> placed = Dispatcher.place(List.of(call("1", 10, "pm01"), call("2", 500, "pm01"),
                call("3", 300, "pm01"), call("4", 200, "pm01"), call("5", 100, "pm01")), TODAY, POLICY, load);
        assertThat(placed).extracting(p -> p.candidate().msisdn()).containsExactly("2", "3", "4", "5", "1");
        assertThat(placed.get(0)).isEqualTo(new Dispatcher.NewTask(placed.get(0).candidate(), TODAY, "pm01"));
        assertThat(placed.get(1)).isEqualTo(new Dispatcher.NewTask(placed.get(1).candidate(), TODAY, "pm01"));
        // Today is full: tomorrow (overflowDays 1), then nothing left.
        assertThat(placed.get(2)).isEqualTo(new Dispatcher.NewTask(placed.get(2).candidate(), TODAY.plusDays(1), "pm01"));
        assertThat(placed.get(3)).isEqualTo(new Dispatcher.NewTask(placed.get(3).candidate(), TODAY.plusDays(1), "pm01"));
        assertThat(placed.get(4)).isInstanceOf(Dispatcher.Sms.class); // 10 yuan < 30: a text message
    }

    @Test
    void aValuableCallWithoutRoomWaitsForTheNextDispatch() {
        DayLoad load = new DayLoad(Map.of("pm01", 0), 60, 200);
        assertThat(Dispatcher.place(List.of(call("1", 400, "pm01")), TODAY, POLICY, load).getFirst())
                .isInstanceOf(Dispatcher.Defer.class);
    }

    @Test
    void policyComesFirstThenMergeThenSmsChannelThenPool() {
        DayLoad load = new DayLoad(Map.of(), 60, 1);
        List<Placement> placed = Dispatcher.place(List.of(
                new Candidate("dnc", 900, Channel.PHONE_MANAGER, "pm01", 7L, TODAY, true, 0, false),
                new Candidate("open", 800, Channel.PHONE_MANAGER, "pm01", 7L, TODAY, false, 5, false),
                new Candidate("often", 700, Channel.PHONE_MANAGER, "pm01", null, TODAY, false, 2, false),
                new Candidate("sms", 600, Channel.SMS, "pm01", null, TODAY, false, 0, false),
                new Candidate("pool", 500, Channel.PHONE_MANAGER, null, null, TODAY, false, 0, false),
                new Candidate("pool2", 400, Channel.PHONE_MANAGER, null, null, TODAY, false, 0, false),
                new Candidate("loss", -3, Channel.PHONE_MANAGER, "pm01", null, TODAY, false, 0, false)), TODAY, POLICY, load);
        assertThat(placed.get(0)).isEqualTo(new Dispatcher.Suppress(placed.get(0).candidate(), Dispatcher.DO_NOT_CALL));
        assertThat(placed.get(1)).isEqualTo(new Dispatcher.Merge(placed.get(1).candidate(), 7L));
        assertThat(placed.get(2)).isEqualTo(new Dispatcher.Suppress(placed.get(2).candidate(), Dispatcher.CONTACT_LIMIT));
        assertThat(placed.get(3)).isInstanceOf(Dispatcher.Sms.class);
        assertThat(placed.get(4)).isEqualTo(new Dispatcher.NewTask(placed.get(4).candidate(), TODAY, null));
        // The pool's capacity is 1 and the window ends today: the second pool call waits.
        assertThat(placed.get(5)).isInstanceOf(Dispatcher.Defer.class);
        assertThat(placed.get(6)).isInstanceOf(Dispatcher.Sms.class);
    }

    @Test
    void theBatchLeavesAReserveForImmediateMoments() {
        DayLoad load = new DayLoad(Map.of("pm01", 10, "pm02", 1), 60, 200);
        load.add("pm01", TODAY, 3);
        DayLoad batch = load.reserving(10);
        assertThat(batch.capacity("pm01")).isEqualTo(9);
        assertThat(batch.capacity("pm02")).isZero();
        assertThat(batch.capacity("pm09")).isEqualTo(54);
        assertThat(batch.capacity(null)).isEqualTo(180);
        assertThat(batch.used("pm01", TODAY)).isEqualTo(3);
        assertThat(load.reserving(0).capacity("pm01")).isEqualTo(10);
    }

    @Test
    void aCallbackMayUseTheReserveAndIsNeverTurnedIntoAText() {
        DayLoad load = new DayLoad(Map.of("pm01", 10), 60, 200).reserving(10);
        load.add("pm01", TODAY, 9); // the batch and the event moments filled all but the reserve
        List<Placement> placed = Dispatcher.place(List.of(
                new Candidate("1-callback", 10, Channel.PHONE_MANAGER, "pm01", null, TODAY, false, 0, true),
                new Candidate("2-callback", 10, Channel.PHONE_MANAGER, "pm01", null, TODAY, false, 0, true),
                new Candidate("3-warning", 10, Channel.PHONE_MANAGER, "pm01", null, TODAY, false, 0, false)),
                TODAY, POLICY, load);
        assertThat(placed.get(0)).isEqualTo(new Dispatcher.NewTask(placed.get(0).candidate(), TODAY, "pm01"));
        // The reserve is used up: the second callback waits for room (10 yuan would otherwise go by text) ...
        assertThat(placed.get(1)).isInstanceOf(Dispatcher.Defer.class);
        // ... and a moment that is no callback never had the reserve: by text, being worth less than 30 yuan.
        assertThat(placed.get(2)).isInstanceOf(Dispatcher.Sms.class);
        assertThat(load.used("pm01", TODAY)).isEqualTo(10);
    }

    /** Seeded random loads: no one's day ever holds more tasks than their capacity. */
    @Test
    void capacityIsNeverExceeded() {
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 50; round++) {
            Map<String, Integer> capacities = new HashMap<>();
            for (int m = 0; m < 5; m++) {
                capacities.put("pm" + m, random.nextInt(0, 8));
            }
            DayLoad load = new DayLoad(capacities, 60, 3);
            Map<String, Integer> already = new HashMap<>();
            for (String pm : capacities.keySet()) {
                int existing = random.nextInt(0, capacities.get(pm) + 1);
                load.add(pm, TODAY, existing);
                already.put(pm + "|" + TODAY, existing);
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String owner = random.nextInt(6) == 0 ? null : "pm" + random.nextInt(5);
                candidates.add(call(String.valueOf(i), random.nextDouble(-10, 1000), owner));
            }
            Map<String, Integer> perDay = new HashMap<>(already);
            for (Placement p : Dispatcher.place(candidates, TODAY, POLICY, load)) {
                if (p instanceof Dispatcher.NewTask task) {
                    perDay.merge(task.assignee() + "|" + task.day(), 1, Integer::sum);
                }
            }
            perDay.forEach((key, count) -> {
                String who = key.substring(0, key.indexOf('|'));
                int capacity = who.equals("null") ? 3 : capacities.get(who);
                assertThat(count).as(key).isLessThanOrEqualTo(capacity);
            });
        }
    }
}
