package io.manyi.intake;

/**
 * A set of positive longs in one open-addressing array: a million phone numbers take 16 MB
 * (a {@code HashSet<Long>} would take some 60), and a lookup costs one or two cache misses,
 * where a binary search in a sorted array would cost twenty.
 */
public final class LongHashSet {

    private static final long EMPTY = 0;
    private static final double MAX_LOAD = 0.7;

    private long[] slots;
    private int size;
    private int mask;
    private int growAt;

    public LongHashSet() {
        this(1024);
    }

    public LongHashSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, (long) (expected / MAX_LOAD) + 1)) - 1) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        slots = new long[capacity];
        mask = capacity - 1;
        growAt = (int) (capacity * MAX_LOAD);
        size = 0;
    }

    /** Adds {@code value} (which must be > 0); true when it was not there yet. */
    public boolean add(long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("Only positive values: " + value);
        }
        int i = slot(value);
        while (true) {
            long existing = slots[i];
            if (existing == EMPTY) {
                slots[i] = value;
                if (++size > growAt) {
                    grow();
                }
                return true;
            }
            if (existing == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    public boolean contains(long value) {
        int i = slot(value);
        while (true) {
            long existing = slots[i];
            if (existing == value) {
                return value != EMPTY;
            }
            if (existing == EMPTY) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    public int size() {
        return size;
    }

    /** Bytes held by the table, for the curious. */
    public long footprint() {
        return 8L * slots.length;
    }

    public void addAll(LongHashSet other) {
        for (long value : other.slots) {
            if (value != EMPTY) {
                add(value);
            }
        }
    }

    private int slot(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void grow() {
        long[] old = slots;
        allocate(old.length * 2);
        for (long value : old) {
            if (value != EMPTY) {
                add(value);
            }
        }
    }
}
