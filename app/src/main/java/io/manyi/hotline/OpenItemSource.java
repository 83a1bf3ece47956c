package io.manyi.hotline;

import java.util.List;

/**
 * The seam through which features tell the hotline what is open for a caller. A feature that
 * keeps tickets or tasks adds a Spring bean implementing this; the route asks every bean.
 *
 * <p>It runs on the hotline's hot path (p99 under 10 ms at 1,000 calls a second, docs/hotline.md):
 * one indexed query, newest first, at most {@code limit} rows, and an exact count of all open ones.
 */
public interface OpenItemSource {

    /** What is open for {@code msisdn}. */
    OpenItems open(String msisdn, int limit);

    /** Up to {@code limit} items, and how many are open in all. */
    record OpenItems(List<OpenItem> items, int total) {
        public OpenItems {
            items = List.copyOf(items);
        }

        public static OpenItems none() {
            return new OpenItems(List.of(), 0);
        }
    }
}
