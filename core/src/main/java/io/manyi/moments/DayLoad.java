package io.manyi.moments;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * How many tasks each person (and the team pool, {@code assignee} null) has on each day, against
 * their daily capacity. Mutable: dispatch takes a slot for each task it places.
 */
public final class DayLoad {

    private final Map<String, Integer> capacities;
    private final int defaultCapacity;
    private final int poolCapacity;
    private final Map<String, Integer> used = new HashMap<>();

    /** @param capacities each manager's own daily capacity (staff.daily_capacity) where known */
    public DayLoad(Map<String, Integer> capacities, int defaultCapacity, int poolCapacity) {
        this.capacities = Map.copyOf(capacities);
        this.defaultCapacity = defaultCapacity;
        this.poolCapacity = poolCapacity;
    }

    /**
     * The same load with {@code percent} of every capacity held back (rounded up), for the batch:
     * the held-back calls stay free for the immediate moments (a complaint callback) of the day.
     */
    public DayLoad reserving(int percent) {
        Map<String, Integer> reduced = new HashMap<>();
        capacities.forEach((who, capacity) -> reduced.put(who, withoutReserve(capacity, percent)));
        DayLoad load = new DayLoad(reduced, withoutReserve(defaultCapacity, percent), withoutReserve(poolCapacity, percent));
        load.used.putAll(used);
        return load;
    }

    private static int withoutReserve(int capacity, int percent) {
        return capacity - (int) Math.ceil(capacity * Math.clamp(percent, 0, 100) / 100.0);
    }

    public int capacity(String assignee) {
        return assignee == null ? poolCapacity : capacities.getOrDefault(assignee, defaultCapacity);
    }

    public int used(String assignee, LocalDate day) {
        return used.getOrDefault(key(assignee, day), 0);
    }

    /** Counts tasks already on the books (dispatched earlier). */
    public void add(String assignee, LocalDate day, int tasks) {
        used.merge(key(assignee, day), tasks, Integer::sum);
    }

    /** Takes a slot on {@code day} if one is free. */
    public boolean take(String assignee, LocalDate day) {
        if (used(assignee, day) >= capacity(assignee)) {
            return false;
        }
        add(assignee, day, 1);
        return true;
    }

    private static String key(String assignee, LocalDate day) {
        return (assignee == null ? "" : assignee) + "|" + day;
    }
}
