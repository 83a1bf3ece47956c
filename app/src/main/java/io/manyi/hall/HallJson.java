package io.manyi.hall;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A reconciliation as plain maps: stored with the close and sent by the API (ranges as text, money in yuan). */
public final class HallJson {

    private HallJson() {
    }

    public static Map<String, Object> result(DayReconciliation.Result result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cash", result.cash().stream().map(c -> Map.of("method", c.method(),
                "systemYuan", BigDecimal.valueOf(c.systemFen(), 2), "countedYuan", BigDecimal.valueOf(c.countedFen(), 2),
                "differenceYuan", BigDecimal.valueOf(c.differenceFen(), 2))).toList());
        body.put("cards", result.cards().stream().map(c -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("cardType", c.cardType());
            line.put("opening", c.opening());
            line.put("received", c.received());
            line.put("sold", c.sold());
            line.put("returned", c.returned());
            line.put("expectedClosing", c.expectedCount());
            line.put("countedClosing", c.countedClosing().count());
            line.put("expectedSerials", c.expectedClosing().toString());
            line.put("countedSerials", c.countedClosing().toString());
            return line;
        }).toList());
        DayReconciliation.InvoiceLine invoices = result.invoices();
        body.put("invoices", Map.of("issued", invoices.issued(), "voided", invoices.voided(),
                "expectedUnused", invoices.expectedUnused().toString(), "countedUnused", invoices.countedUnused().toString()));
        body.put("differences", differences(result.differences()));
        return body;
    }

    /** A day as the API sends it: serial ranges as text ("105-149, 160"), with their counts. */
    public static Map<String, Object> day(HallDays.DayView d) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hall", d.hall());
        body.put("day", d.day().toString());
        body.put("status", d.status().name());
        body.put("previousOpenDay", d.previousOpenDay() == null ? null : d.previousOpenDay().toString());
        body.put("systemCash", d.systemCash());
        Map<String, Object> cards = new LinkedHashMap<>();
        d.cards().forEach((type, c) -> cards.put(type, Map.of("opening", ranges(c.opening()), "received", ranges(c.received()),
                "sold", ranges(c.sold()), "returned", ranges(c.returned()), "expectedClosing", ranges(c.expectedClosing()))));
        body.put("cards", cards);
        InvoiceDay inv = d.invoices();
        body.put("invoices", Map.of("openingUnused", ranges(inv.openingUnused()), "received", ranges(inv.received()),
                "issued", inv.issued(), "voided", inv.voided(), "expectedUnused", ranges(inv.expectedUnused())));
        body.put("visits", d.visits());
        body.put("counted", d.counted());
        body.put("result", d.result());
        body.put("closedBy", d.closedBy());
        body.put("closedAt", d.closedAt() == null ? null : d.closedAt().toString());
        body.put("corrections", d.corrections());
        body.put("monthClosed", d.monthClosed());
        return body;
    }

    private static Map<String, Object> ranges(SerialRanges ranges) {
        return Map.of("serials", ranges.toString(), "count", ranges.count());
    }

    public static List<Map<String, String>> differences(List<Difference> differences) {
        return differences.stream().map(d -> Map.of("key", d.key(), "expected", d.expected(), "counted", d.counted(),
                "detail", d.detail())).toList();
    }
}
