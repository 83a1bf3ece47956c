package io.manyi.intake;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The keys rows may refer to: phone numbers of subscribers in a compact {@link LongHashSet},
 * plan codes, staff usernames and group ids (thousands at most) in ordinary sets. Also used to
 * collect the keys an import provides, to be added to the known ones once it is committed.
 */
public final class KnownKeys {

    private final LongHashSet subscribers;
    private final Map<Reference, Set<String>> codes = new EnumMap<>(Reference.class);
    private final Set<Reference> loaded = EnumSet.noneOf(Reference.class);

    public KnownKeys() {
        this(1024);
    }

    public KnownKeys(int expectedSubscribers) {
        subscribers = new LongHashSet(expectedSubscribers);
        for (Reference reference : Reference.values()) {
            if (reference != Reference.SUBSCRIBER) {
                codes.put(reference, new HashSet<>());
            }
        }
    }

    public void addSubscriber(long msisdn) {
        subscribers.add(msisdn);
    }

    public void add(Reference reference, String key) {
        if (reference == Reference.SUBSCRIBER) {
            long msisdn = Long.parseLong(key);
            subscribers.add(msisdn);
        } else {
            codes.get(reference).add(key);
        }
    }

    public boolean containsSubscriber(long msisdn) {
        return subscribers.contains(msisdn);
    }

    public boolean contains(Reference reference, String key) {
        if (reference == Reference.SUBSCRIBER) {
            long msisdn = Identifiers.msisdn(key.toCharArray(), 0, key.length());
            return msisdn > 0 && subscribers.contains(msisdn);
        }
        return codes.get(reference).contains(key);
    }

    /** Whether the keys of {@code reference} have been loaded from the database already. */
    public boolean isLoaded(Reference reference) {
        return loaded.contains(reference);
    }

    public void markLoaded(Reference reference) {
        loaded.add(reference);
    }

    public int size(Reference reference) {
        return reference == Reference.SUBSCRIBER ? subscribers.size() : codes.get(reference).size();
    }

    public void addAll(KnownKeys other) {
        subscribers.addAll(other.subscribers);
        other.codes.forEach((reference, keys) -> codes.get(reference).addAll(keys));
    }
}
