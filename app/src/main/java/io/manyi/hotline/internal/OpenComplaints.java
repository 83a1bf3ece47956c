package io.manyi.hotline.internal;

import io.manyi.hotline.OpenItem;
import io.manyi.hotline.OpenItemSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open complaints from the imported {@code complaints} table (V1): those without a close time. The
 * complaint feature's own tickets, when it has them, come through their own {@link OpenItemSource}.
 */
@Component
class OpenComplaints implements OpenItemSource {

    private final JdbcClient jdbc;

    OpenComplaints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OpenItems open(String msisdn, int limit) {
        // One pass over the subscriber's complaints (index complaints_by_msisdn): the count in a window
        // function, so the total needs no second query.
        List<OpenItem> items = new ArrayList<>();
        int[] total = {0};
        jdbc.sql("""
                        select complaint_id, category, severity, opened_at, count(*) over () as total
                        from complaints
                        where msisdn = ? and closed_at is null
                        order by opened_at desc
                        """)
                .param(msisdn)
                .query(rs -> {
                    total[0] = rs.getInt("total");
                    if (items.size() < limit) {
                        items.add(new OpenItem("COMPLAINT", rs.getString("complaint_id"), rs.getString("category"),
                                rs.getString("severity"), rs.getTimestamp("opened_at").toLocalDateTime()));
                    }
                });
        return new OpenItems(items, total[0]);
    }
}
