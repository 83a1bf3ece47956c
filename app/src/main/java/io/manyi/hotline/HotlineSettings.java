package io.manyi.hotline;

import io.manyi.platform.settings.Settings;
import io.manyi.tier.Privileges;
import io.manyi.tier.TierSettings;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The privileges and hotline rules the route applies, kept in memory for a few seconds: reading two
 * settings rows on each of a thousand calls a second would double the route's queries for
 * values that change a few times a year. A change is seen within {@code manyi.hotline.settings-ttl}.
 */
@Component
public class HotlineSettings {

    private record Snapshot(Privileges privileges, HotlineRules rules, long expiresAtNanos) {
    }

    private final TierSettings tier;
    private final Settings settings;
    private final long ttlNanos;
    private volatile Snapshot snapshot;

    public HotlineSettings(TierSettings tier, Settings settings,
                           @Value("${manyi.hotline.settings-ttl:10s}") Duration ttl) {
        this.tier = tier;
        this.settings = settings;
        this.ttlNanos = ttl.toNanos();
    }

    Privileges privileges() {
        return current().privileges();
    }

    HotlineRules rules() {
        return current().rules();
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        long now = System.nanoTime();
        if (known == null || now - known.expiresAtNanos >= 0) {
            // Two callers may both reload at expiry; both read the same rows, so either result is right.
            known = new Snapshot(tier.privileges(),
                    settings.get(HotlineRules.SETTING, HotlineRules.class, HotlineRules::defaults), now + ttlNanos);
            snapshot = known;
        }
        return known;
    }

    /** Forget the snapshot (tests, and whoever just stored a change and wants it now). */
    public void refresh() {
        snapshot = null;
    }
}
