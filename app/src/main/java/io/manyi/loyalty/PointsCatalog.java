package io.manyi.loyalty;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rewards catalog. */
@Component
public class PointsCatalog {

    private final JdbcClient jdbc;

    public PointsCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
