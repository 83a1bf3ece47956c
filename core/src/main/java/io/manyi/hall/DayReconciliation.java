package io.manyi.hall;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The daily close (日清) of a hall as arithmetic: cash by payment method against the system's
 * transactions, each card type's stock serial by serial (opening + received − sold − returned =
 * closing), and the invoices by number (issued, voided with a reason, unused). Every disagreement
 * is a {@link Difference}; the day closes only when each one is explained.
 */
public final class DayReconciliation {

    /** One payment method: the system's total and the count. */
    public record CashLine(String method, long systemFen, long countedFen) {
        public long differenceFen() {
            return countedFen - systemFen;
        }
    }

    /** One card type: the counts of each movement, the expected and the counted closing stock. */
    public record CardLine(String cardType, long opening, long received, long sold, long returned,
                           SerialRanges expectedClosing, SerialRanges countedClosing) {
        public long expectedCount() {
            return opening + received - sold - returned;
        }
    }

    /** The invoices: how many stand issued (not voided), how many were voided, which numbers should still be blank. */
    public record InvoiceLine(long issued, long voided, SerialRanges expectedUnused, SerialRanges countedUnused) {
    }

    public record Result(List<CashLine> cash, List<CardLine> cards, InvoiceLine invoices, List<Difference> differences) {
        public Result {
            cash = List.copyOf(cash);
            cards = List.copyOf(cards);
            differences = List.copyOf(differences);
        }

        /** The differences the count's explanations leave unexplained: each blocks the close. */
        public List<Difference> unexplained(Map<String, String> explanations) {
            return differences.stream()
                    .filter(d -> explanations.get(d.key()) == null || explanations.get(d.key()).isBlank())
                    .toList();
        }
    }

    private DayReconciliation() {
    }

    public static Result reconcile(Map<String, Long> systemCashFen, Map<String, CardDay> cards, InvoiceDay invoices,
                                   DayCount count) {
        List<Difference> differences = new ArrayList<>();
        List<CashLine> cash = cash(systemCashFen, count.cashFen(), differences);
        List<CardLine> cardLines = cards(cards, count.stock(), differences);
        InvoiceLine invoiceLine = invoices(invoices, count.unusedInvoices(), differences);
        return new Result(cash, cardLines, invoiceLine, differences);
    }

    private static List<CashLine> cash(Map<String, Long> system, Map<String, Long> counted, List<Difference> differences) {
        Set<String> methods = new TreeSet<>(system.keySet());
        methods.addAll(counted.keySet());
        List<CashLine> lines = new ArrayList<>();
        for (String method : methods) {
            CashLine line = new CashLine(method, system.getOrDefault(method, 0L), counted.getOrDefault(method, 0L));
            lines.add(line);
            if (line.differenceFen() != 0) {
                differences.add(new Difference("cash." + method, yuan(line.systemFen()), yuan(line.countedFen()),
                        method + ": counted " + yuan(line.countedFen()) + " against " + yuan(line.systemFen())
                                + " in the system (" + (line.differenceFen() > 0 ? "over " : "short ")
                                + yuan(Math.abs(line.differenceFen())) + ")"));
            }
        }
        return lines;
    }

    private static List<CardLine> cards(Map<String, CardDay> cards, Map<String, SerialRanges> counted,
                                        List<Difference> differences) {
        Set<String> types = new TreeSet<>(cards.keySet());
        types.addAll(counted.keySet());
        List<CardLine> lines = new ArrayList<>();
        CardDay none = new CardDay(SerialRanges.EMPTY, SerialRanges.EMPTY, SerialRanges.EMPTY, SerialRanges.EMPTY);
        for (String type : types) {
            CardDay day = cards.getOrDefault(type, none);
            SerialRanges held = day.opening().plus(day.received());
            SerialRanges outOfStock = day.sold().plus(day.returned()).minus(held);
            if (!outOfStock.isEmpty()) {
                differences.add(new Difference("stock." + type + ".unknown", "", outOfStock.toString(),
                        type + ": sold or returned serials the hall did not hold: " + outOfStock));
            }
            SerialRanges expected = day.expectedClosing();
            SerialRanges countedClosing = counted.getOrDefault(type, SerialRanges.EMPTY);
            lines.add(new CardLine(type, day.opening().count(), day.received().count(), day.sold().count(),
                    day.returned().count(), expected, countedClosing));
            if (!expected.equals(countedClosing)) {
                SerialRanges missing = expected.minus(countedClosing);
                SerialRanges extra = countedClosing.minus(expected);
                differences.add(new Difference("stock." + type, expected.count() + " cards", countedClosing.count() + " cards",
                        type + ": " + (missing.isEmpty() ? "" : "missing " + missing.count() + " (" + missing + ")")
                                + (missing.isEmpty() || extra.isEmpty() ? "" : "; ")
                                + (extra.isEmpty() ? "" : "not expected " + extra.count() + " (" + extra + ")")));
            }
        }
        return lines;
    }

    private static InvoiceLine invoices(InvoiceDay day, SerialRanges countedUnused, List<Difference> differences) {
        SerialRanges held = day.openingUnused().plus(day.received());
        Set<Long> seen = new HashSet<>();
        // Voiding an issued invoice is normal (作废: both copies kept); issuing or voiding a number twice is not.
        Map<Long, Integer> issuedTimes = new TreeMap<>();
        Map<Long, Integer> voidedTimes = new TreeMap<>();
        day.issued().forEach(n -> issuedTimes.merge(n, 1, Integer::sum));
        day.voided().forEach(v -> voidedTimes.merge(v.number(), 1, Integer::sum));
        Set<Long> twiceSet = new TreeSet<>();
        issuedTimes.forEach((n, times) -> {
            if (times > 1) {
                twiceSet.add(n);
            }
        });
        voidedTimes.forEach((n, times) -> {
            if (times > 1) {
                twiceSet.add(n);
            }
        });
        List<Long> twice = List.copyOf(twiceSet);
        if (!twice.isEmpty()) {
            differences.add(new Difference("invoices.duplicate", "", SerialRanges.numbers(twice).toString(),
                    "invoice numbers used more than once: " + SerialRanges.numbers(twice)));
        }
        SerialRanges outside = day.used().minus(held);
        if (!outside.isEmpty()) {
            differences.add(new Difference("invoices.outside", held.toString(), outside.toString(),
                    "invoice numbers used that the hall did not hold blank: " + outside));
        }
        for (InvoiceDay.Voided voided : day.voided()) {
            if ((voided.reason() == null || voided.reason().isBlank()) && seen.add(voided.number())) {
                differences.add(new Difference("invoices.void." + voided.number(), "a reason", "none",
                        "invoice " + voided.number() + " voided without a reason"));
            }
        }
        SerialRanges expected = day.expectedUnused();
        if (!expected.equals(countedUnused)) {
            SerialRanges missing = expected.minus(countedUnused);
            SerialRanges extra = countedUnused.minus(expected);
            differences.add(new Difference("invoices.unused", expected.toString(), countedUnused.toString(),
                    "blank invoices: " + (missing.isEmpty() ? "" : "missing " + missing)
                            + (missing.isEmpty() || extra.isEmpty() ? "" : "; ")
                            + (extra.isEmpty() ? "" : "not expected " + extra)));
        }
        long voidedCount = voidedTimes.size();
        long validIssued = issuedTimes.keySet().stream().filter(n -> !voidedTimes.containsKey(n)).count();
        return new InvoiceLine(validIssued, voidedCount, expected, countedUnused);
    }

    static String yuan(long fen) {
        return (fen < 0 ? "-" : "") + "¥" + Math.abs(fen) / 100 + "." + String.format("%02d", Math.abs(fen) % 100);
    }
}
