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
    private final int reservePercent;
    private final Map<String, Integer> used = new HashMap<>();

    /** @param capacities each manager's own daily capacity (staff.daily_capacity) where known */
    public DayLoad(Map<String, Integer> capacities, int defaultCapacity, int poolCapacity) {
        this(capacities, defaultCapacity, poolCapacity, 0);
    }

    private DayLoad(Map<String, Integer> capacities, int defaultCapacity, int poolCapacity, int reservePercent) {
        this.capacities = Map.copyOf(capacities);
        this.defaultCapacity = defaultCapacity;
        this.poolCapacity = poolCapacity;
        this.reservePercent = Math.clamp(reservePercent, 0, 100);
    }

    /**
     * The same load with {@code percent} of every capacity (rounded up) held back for callbacks:
     * {@link #take} stops short of it, {@link #takeForCallback} may use it. So a day filled by the
     * batch and by the event moments (star changes, warnings) still has room for the complaint
     * closed or the low survey score of this afternoon.
     */
    public DayLoad reserving(int percent) {
        DayLoad load = new DayLoad(capacities, defaultCapacity, poolCapacity, percent);
        load.used.putAll(used);
        return load;
    }

    /** The calls a day holds for anything but a callback: the capacity less the reserve. */
    public int capacity(String assignee) {
        int full = fullCapacity(assignee);
        return full - (int) Math.ceil(full * reservePercent / 100.0);
    }

    /** The whole daily capacity, the reserve included. */
    public int fullCapacity(String assignee) {
        return assignee == null ? poolCapacity : capacities.getOrDefault(assignee, defaultCapacity);
    }

    public int used(String assignee, LocalDate day) {
        return used.getOrDefault(key(assignee, day), 0);
    }

    /** Counts tasks already on the books (dispatched earlier). */
    public void add(String assignee, LocalDate day, int tasks) {
        used.merge(key(assignee, day), tasks, Integer::sum);
    }

    /** Takes a slot on {@code day} if one is free outside the reserve. */
    public boolean take(String assignee, LocalDate day) {
        return takeBelow(capacity(assignee), assignee, day);
    }

    /** Takes a slot on {@code day} if one is free, the reserve included. */
    public boolean takeForCallback(String assignee, LocalDate day) {
        return takeBelow(fullCapacity(assignee), assignee, day);
    }

    private boolean takeBelow(int limit, String assignee, LocalDate day) {
        if (used(assignee, day) >= limit) {
            return false;
        }
        add(assignee, day, 1);
        return true;
    }

    private static String key(String assignee, LocalDate day) {
        return (assignee == null ? "" : assignee) + "|" + day;
    }
}
