package io.manyi.platform.db;

import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * A set of a core enum's values as an SQL list, so that a rule kept in core (which task states are
 * open, which ticket states are final) is not retyped in SQL: {@code status in ('NEW','ASSIGNED')}.
 */
public final class SqlLiterals {

    private SqlLiterals() {
    }

    /** {@code ('A','B',...)}: the values' names in declaration order (so that equal sets give equal text). */
    public static <E extends Enum<E>> String list(Collection<E> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an SQL list needs at least one value");
        }
        return values.stream().sorted(Comparator.comparingInt(Enum::ordinal))
                .map(v -> "'" + v.name() + "'").collect(Collectors.joining(",", "(", ")"));
    }
}
