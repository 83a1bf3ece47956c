package io.manyi.hall;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A set of serial numbers (SIM cards, top-up cards, invoices) kept as sorted, merged, inclusive
 * ranges: a box of 3,000 invoices is one range, not 3,000 numbers. Serials are numbers of up to
 * 18 digits (the card's serial without its check digit).
 */
public final class SerialRanges {

    /** One inclusive range {@code from..to}. */
    public record Range(long from, long to) {
        public Range {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("Bad serial range " + from + "-" + to);
            }
        }

        public long count() {
            return to - from + 1;
        }

        @Override
        public String toString() {
            return from == to ? Long.toString(from) : from + "-" + to;
        }
    }

    public static final SerialRanges EMPTY = new SerialRanges(List.of());

    private final List<Range> ranges;

    private SerialRanges(List<Range> normalised) {
        this.ranges = List.copyOf(normalised);
    }

    public static SerialRanges of(Collection<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(Range::from));
        List<Range> merged = new ArrayList<>();
        for (Range r : sorted) {
            if (!merged.isEmpty() && r.from() <= merged.getLast().to() + 1) {
                Range last = merged.removeLast();
                merged.add(new Range(last.from(), Math.max(last.to(), r.to())));
            } else {
                merged.add(r);
            }
        }
        return new SerialRanges(merged);
    }

    public static SerialRanges range(long from, long to) {
        return of(List.of(new Range(from, to)));
    }

    public static SerialRanges numbers(Collection<Long> numbers) {
        return of(numbers.stream().map(n -> new Range(n, n)).toList());
    }

    /**
     * Parses {@code "8986001-8986050, 8986060"}: ranges and single numbers separated by commas,
     * semicolons, spaces or new lines.
     *
     * @throws IllegalArgumentException with the part that is not a number or a range
     */
    public static SerialRanges parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : text.trim().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] ends = part.split("-", -1);
            try {
                if (ends.length == 1) {
                    long n = Long.parseLong(ends[0]);
                    ranges.add(new Range(n, n));
                } else if (ends.length == 2) {
                    ranges.add(new Range(Long.parseLong(ends[0]), Long.parseLong(ends[1])));
                } else {
                    throw new IllegalArgumentException("Not a serial range: " + part);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a serial range: " + part, e);
            }
        }
        return of(ranges);
    }

    public List<Range> ranges() {
        return ranges;
    }

    public long count() {
        long n = 0;
        for (Range r : ranges) {
            n += r.count();
        }
        return n;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public SerialRanges plus(SerialRanges other) {
        List<Range> all = new ArrayList<>(ranges);
        all.addAll(other.ranges);
        return of(all);
    }

    /** The serials of this set that are not in {@code other}. */
    public SerialRanges minus(SerialRanges other) {
        List<Range> result = new ArrayList<>();
        int j = 0;
        for (Range r : ranges) {
            long from = r.from();
            while (j < other.ranges.size() && other.ranges.get(j).to() < from) {
                j++;
            }
            int k = j;
            while (from <= r.to() && k < other.ranges.size() && other.ranges.get(k).from() <= r.to()) {
                Range cut = other.ranges.get(k);
                if (cut.from() > from) {
                    result.add(new Range(from, cut.from() - 1));
                }
                from = Math.max(from, cut.to() + 1);
                if (cut.to() >= r.to()) {
                    break;
                }
                k++;
            }
            if (from <= r.to()) {
                result.add(new Range(from, r.to()));
            }
        }
        return of(result);
    }

    /** The serials in both sets. */
    public SerialRanges intersect(SerialRanges other) {
        return minus(minus(other));
    }

    public boolean containsAll(SerialRanges other) {
        return other.minus(this).isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SerialRanges that && ranges.equals(that.ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    /** {@code 8986001-8986050, 8986060}; the empty set is an empty string. */
    @Override
    public String toString() {
        return String.join(", ", ranges.stream().map(Range::toString).toList());
    }
}
