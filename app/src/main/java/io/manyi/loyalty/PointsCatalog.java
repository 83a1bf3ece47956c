package io.manyi.loyalty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rewards catalog. */
@Component
public class PointsCatalog {

    private final JdbcClient jdbc;
    private final long ttlNanos;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Optional<CatalogItem> item, long expiresAtNanos) {
    }

    public PointsCatalog(JdbcClient jdbc, @Value("${manyi.settings.cache-ttl:5s}") Duration ttl) {
        this.jdbc = jdbc;
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * The item as read at most {@code manyi.settings.cache-ttl} ago: a guess for the redemption's
     * fast path, which checks it again against the row in its own statement ({@link Redemptions}).
     * Never the truth for a decision on its own.
     */
    Optional<CatalogItem> remembered(String code) {
        long now = System.nanoTime();
        Remembered known = remembered.get(code);
        if (known == null || now - known.expiresAtNanos() >= 0) {
            known = new Remembered(item(code), now + ttlNanos);
            if (ttlNanos > 0) {
                remembered.put(code, known);
            }
        }
        return known.item();
    }

    public List<CatalogItem> items() {
        return jdbc.sql("""
                select code, name_zh, name_en, kind, cost_points, stock, limit_per_subscriber, valid_from, valid_to
                from points_catalog order by cost_points, code
                """).query(CatalogItem.class).list();
    }

    public Optional<CatalogItem> item(String code) {
        return jdbc.sql("""
                        select code, name_zh, name_en, kind, cost_points, stock, limit_per_subscriber, valid_from, valid_to
                        from points_catalog where code = ?
                        """).param(code).query(CatalogItem.class).optional();
    }

    /** Takes {@code quantity} from a limited stock atomically; false when not enough is left. */
    boolean takeStock(String code, int quantity) {
        return jdbc.sql("""
                        update points_catalog set stock = stock - ?
                        where code = ? and stock is not null and stock >= ?
                        """).params(quantity, code, quantity).update() == 1;
    }

    void save(CatalogItem item) {
        remembered.remove(item.code());
        jdbc.sql("""
                        insert into points_catalog (code, name_zh, name_en, kind, cost_points, stock, limit_per_subscriber, valid_from, valid_to)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
                            kind = excluded.kind, cost_points = excluded.cost_points, stock = excluded.stock,
                            limit_per_subscriber = excluded.limit_per_subscriber, valid_from = excluded.valid_from,
                            valid_to = excluded.valid_to
                        """).params(item.code(), item.nameZh(), item.nameEn(), item.kind(), item.costPoints(), item.stock(),
                        item.limitPerSubscriber(), item.validFrom(), item.validTo()).update();
    }
}
