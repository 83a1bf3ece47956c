package io.manyi.hall;

import io.manyi.hall.internal.HallQueries;
import io.manyi.hall.internal.HallRecords;
import io.manyi.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hall's business days (docs/halls.md): what the system says about a day, its close (日清) with
 * the differences that block it until explained, corrections after the close, and the month close
 * (月结) once every day of the month has closed.
 */
@Service
public class HallDays {

    /** Where a day stands. */
    public enum Status { OPEN, CLOSED, WAITING_FOR_PREVIOUS_DAY, NOT_STARTED }

    /** A day as the clerk's page and the API show it. */
    public record DayView(Hall hall, LocalDate day, Status status, LocalDate previousOpenDay,
                          Map<String, BigDecimal> systemCash, Map<String, CardDay> cards, InvoiceDay invoices,
                          HallQueries.Visits visits, CountForm counted, Map<String, Object> result, String closedBy,
                          java.time.Instant closedAt, List<HallQueries.Correction> corrections, boolean monthClosed) {
    }

    private final HallQueries queries;
    private final HallRecords records;
    private final HallAccess access;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public HallDays(HallQueries queries, HallRecords records, HallAccess access, Clock clock) {
        this.queries = queries;
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    public DayView day(CurrentUser reader, String hallId, LocalDate day) {
        Hall hall = access.readable(reader, hallId);
        Opening opening = opening(hall, day);
        Map<String, BigDecimal> cash = new TreeMap<>();
        queries.cashFen(hallId, day).forEach((m, fen) -> cash.put(m, BigDecimal.valueOf(fen, 2)));
        Map<String, CardDay> cards = cards(hallId, day, opening);
        InvoiceDay invoices = queries.invoiceDay(hallId, day, opening.unusedInvoices());
        Optional<HallQueries.Close> close = queries.close(hallId, day);
        Status status = close.isPresent() ? Status.CLOSED
                : day.isBefore(hall.openedOn()) || day.isAfter(LocalDate.now(clock)) ? Status.NOT_STARTED
                : opening.previousOpen() != null ? Status.WAITING_FOR_PREVIOUS_DAY : Status.OPEN;
        return new DayView(hall, day, status, opening.previousOpen(), cash, cards, invoices,
                queries.visits(hallId, day, clock.getZone()),
                close.map(c -> effectiveCount(hallId, day, c)).orElse(null),
                close.map(c -> json.readValue(c.resultJson(), mapType())).orElse(null),
                close.map(HallQueries.Close::closedBy).orElse(null), close.map(HallQueries.Close::closedAt).orElse(null),
                queries.corrections(hallId, day), queries.monthClosed(hallId, YearMonth.from(day).atDay(1)));
    }

    /**
     * Reconciles the count with the day's figures and, when every difference is explained, closes the day.
     *
     * @throws CloseRefused {@code differences} with the unexplained ones; {@code previous-day-open};
     *                      {@code already-closed}; {@code not-a-business-day}
     */
    @Transactional
    public DayReconciliation.Result close(CurrentUser clerk, String hallId, LocalDate day, CountForm form) {
        Hall hall = access.closable(clerk, hallId);
        if (day.isBefore(hall.openedOn()) || day.isAfter(LocalDate.now(clock))) {
            throw new CloseRefused("not-a-business-day", day + " is before the hall opened or still to come");
        }
        if (queries.close(hallId, day).isPresent()) {
            throw new CloseRefused("already-closed", day + " is closed; a change is a correction");
        }
        Opening opening = opening(hall, day);
        if (opening.previousOpen() != null) {
            throw new CloseRefused("previous-day-open", "close " + opening.previousOpen() + " first: its count is this day's opening");
        }
        DayCount count = form.toCount();
        DayReconciliation.Result result = DayReconciliation.reconcile(queries.cashFen(hallId, day),
                cards(hallId, day, opening), queries.invoiceDay(hallId, day, opening.unusedInvoices()), count);
        List<Difference> unexplained = result.unexplained(count.explanations());
        if (!unexplained.isEmpty()) {
            throw new CloseRefused("differences", unexplained.size() + " difference(s) to explain before the day can close",
                    unexplained, HallJson.result(result));
        }
        boolean closed = records.insertClose(hallId, day, json.writeValueAsString(CountForm.of(count)),
                json.writeValueAsString(HallJson.result(result)), result.differences().size(), clerk.username(),
                clock.instant());
        if (!closed) {
            throw new CloseRefused("already-closed", day + " was closed meanwhile");
        }
        return result;
    }

    /**
     * Records a correction of a closed day's count: {@code item} is {@code cash.<METHOD>},
     * {@code stock.<TYPE>} or {@code invoices.unused}; a corrected stock or blank-invoice count
     * becomes the next day's opening.
     */
    @Transactional
    public void correct(CurrentUser user, String hallId, LocalDate day, String item, String value, String reason) {
        access.correctable(user, hallId);
        HallQueries.Close close = queries.close(hallId, day)
                .orElseThrow(() -> new CloseRefused("not-closed", day + " is not closed: change the count and close it"));
        if (reason == null || reason.isBlank()) {
            throw new CloseRefused("reason-required", "a correction needs a reason");
        }
        CountForm current = effectiveCount(hallId, day, close);
        String before;
        String after;
        if (item.startsWith("cash.")) {
            BigDecimal amount = new BigDecimal(value.strip());
            new CountForm(Map.of(item.substring(5), amount), Map.of(), "", Map.of()).toCount(); // validates
            before = Optional.ofNullable(current.cash().get(item.substring(5))).map(BigDecimal::toPlainString).orElse(null);
            after = amount.setScale(2).toPlainString();
        } else if (item.startsWith("stock.") || item.equals("invoices.unused")) {
            after = SerialRanges.parse(value).toString();
            before = item.equals("invoices.unused") ? current.unusedInvoices() : current.stock().get(item.substring(6));
        } else {
            throw new IllegalArgumentException("item must be cash.<METHOD>, stock.<TYPE> or invoices.unused");
        }
        records.insertCorrection(hallId, day, item, before, after, reason.strip(), user.username(), clock.instant());
    }

    /**
     * Closes a month once it has ended and every day of it (from the hall's opening) is closed.
     *
     * @throws CloseRefused {@code month-not-ended}, {@code month-open-days} (with the days), {@code already-closed}
     */
    @Transactional
    public void closeMonth(CurrentUser user, String hallId, YearMonth month) {
        Hall hall = access.closable(user, hallId);
        if (!MonthClose.hasEnded(month, LocalDate.now(clock))) {
            throw new CloseRefused("month-not-ended", month + " has not ended");
        }
        List<LocalDate> open = MonthClose.openDays(month, hall.openedOn(),
                new HashSet<>(queries.closedDays(hallId, month.atDay(1), month.atEndOfMonth())));
        if (!open.isEmpty()) {
            throw new CloseRefused("month-open-days", open.size() + " day(s) of " + month + " are not closed", List.of(),
                    open.stream().map(LocalDate::toString).toList());
        }
        if (!records.insertMonthClose(hallId, month.atDay(1), user.username(), clock.instant())) {
            throw new CloseRefused("already-closed", month + " is closed");
        }
    }

    /** The opening of a day: the previous day's counted stock and blank invoices, and whether that day is closed. */
    private record Opening(Map<String, SerialRanges> stock, SerialRanges unusedInvoices, LocalDate previousOpen) {
    }

    private Opening opening(Hall hall, LocalDate day) {
        if (!day.isAfter(hall.openedOn())) {
            return new Opening(Map.of(), SerialRanges.EMPTY, null);
        }
        LocalDate previous = day.minusDays(1);
        Optional<HallQueries.Close> close = queries.close(hall.hallId(), previous);
        if (close.isEmpty()) {
            return new Opening(Map.of(), SerialRanges.EMPTY, queries.lastClosedBefore(hall.hallId(), day)
                    .map(d -> d.plusDays(1)).orElse(hall.openedOn()));
        }
        DayCount count = effectiveCount(hall.hallId(), previous, close.get()).toCount();
        return new Opening(count.stock(), count.unusedInvoices(), null);
    }

    private Map<String, CardDay> cards(String hallId, LocalDate day, Opening opening) {
        Map<String, Map<String, SerialRanges>> movements = queries.movements(hallId, day);
        Map<String, CardDay> cards = new LinkedHashMap<>();
        TreeSet<String> types = new TreeSet<>(opening.stock().keySet());
        types.addAll(movements.keySet());
        for (String type : types) {
            cards.put(type, HallQueries.cardDay(opening.stock().getOrDefault(type, SerialRanges.EMPTY),
                    movements.getOrDefault(type, Map.of())));
        }
        return cards;
    }

    /** The count as closed, with every correction applied in the order they were made. */
    private CountForm effectiveCount(String hallId, LocalDate day, HallQueries.Close close) {
        CountForm stored = json.readValue(close.countedJson(), CountForm.class);
        Map<String, BigDecimal> cash = new TreeMap<>(stored.cash());
        Map<String, String> stock = new TreeMap<>(stored.stock());
        String unused = stored.unusedInvoices();
        for (HallQueries.Correction c : queries.corrections(hallId, day)) {
            if (c.item().startsWith("cash.")) {
                cash.put(c.item().substring(5), new BigDecimal(c.after()));
            } else if (c.item().startsWith("stock.")) {
                stock.put(c.item().substring(6), c.after());
            } else if (c.item().equals("invoices.unused")) {
                unused = c.after();
            }
        }
        return new CountForm(cash, stock, unused, stored.explanations());
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> mapType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }
}
