package io.manyi.hall.internal;

import io.manyi.hall.Hall;
import io.manyi.hall.StaffMember;

import io.manyi.hall.CardDay;
import io.manyi.hall.InvoiceDay;
import io.manyi.hall.SerialRanges;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of halls and of a business day's system figures and closes. */
@Repository
public class HallQueries {

    public record Close(String countedJson, String resultJson, int differences, String closedBy, java.time.Instant closedAt) {
    }

    public record Correction(long id, String item, String before, String after, String reason, String by,
                             java.time.Instant at) {
    }

    public record Visits(long count, Double averageWaitMinutes, Double averageServiceMinutes) {
    }

    private final JdbcClient jdbc;

    public HallQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Hall> halls() {
        return jdbc.sql("select hall_id, name, class, city, district, opened_on from halls order by hall_id")
                .query((rs, n) -> new Hall(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDate(6).toLocalDate()))
                .list();
    }

    public Optional<Hall> hall(String hallId) {
        return halls().stream().filter(h -> h.hallId().equals(hallId)).findFirst();
    }

    public Optional<StaffMember> staffMember(String username) {
        return jdbc.sql("select username, hall_id, display_name, position from hall_staff where username = ?")
                .param(username)
                .query((rs, n) -> new StaffMember(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public List<StaffMember> staff(String hallId) {
        return jdbc.sql("select username, hall_id, display_name, position from hall_staff where hall_id = ? order by username")
                .param(hallId)
                .query((rs, n) -> new StaffMember(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The system's takings by payment method, in fen. */
    public Map<String, Long> cashFen(String hallId, LocalDate day) {
        Map<String, Long> cash = new TreeMap<>();
        jdbc.sql("""
                        select method, round(sum(amount) * 100)::bigint from hall_transactions
                        where hall_id = ? and business_day = ? group by method
                        """)
                .params(hallId, Date.valueOf(day))
                .query(rs -> {
                    cash.put(rs.getString(1), rs.getLong(2));
                });
        return cash;
    }

    /** The day's movements by card type and movement. */
    public Map<String, Map<String, SerialRanges>> movements(String hallId, LocalDate day) {
        Map<String, Map<String, List<SerialRanges.Range>>> raw = new TreeMap<>();
        jdbc.sql("""
                        select card_type, movement, serial_from, serial_to from hall_card_movements
                        where hall_id = ? and business_day = ?
                        """)
                .params(hallId, Date.valueOf(day))
                .query(rs -> {
                    raw.computeIfAbsent(rs.getString(1), t -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), m -> new ArrayList<>())
                            .add(new SerialRanges.Range(rs.getLong(3), rs.getLong(4)));
                });
        Map<String, Map<String, SerialRanges>> movements = new TreeMap<>();
        raw.forEach((type, byMovement) -> {
            Map<String, SerialRanges> ranges = new HashMap<>();
            byMovement.forEach((movement, list) -> ranges.put(movement, SerialRanges.of(list)));
            movements.put(type, ranges);
        });
        return movements;
    }

    public static CardDay cardDay(SerialRanges opening, Map<String, SerialRanges> movements) {
        return new CardDay(opening, movements.getOrDefault("RECEIVED", SerialRanges.EMPTY),
                movements.getOrDefault("SOLD", SerialRanges.EMPTY), movements.getOrDefault("RETURNED", SerialRanges.EMPTY));
    }

    public InvoiceDay invoiceDay(String hallId, LocalDate day, SerialRanges openingUnused) {
        List<SerialRanges.Range> rolls = jdbc.sql("""
                        select number_from, number_to from hall_invoice_rolls where hall_id = ? and business_day = ?
                        """)
                .params(hallId, Date.valueOf(day))
                .query((rs, n) -> new SerialRanges.Range(rs.getLong(1), rs.getLong(2))).list();
        List<Long> issued = new ArrayList<>();
        List<InvoiceDay.Voided> voided = new ArrayList<>();
        jdbc.sql("select invoice_no, status, reason from hall_invoices where hall_id = ? and business_day = ? order by id")
                .params(hallId, Date.valueOf(day))
                .query(rs -> {
                    if ("ISSUED".equals(rs.getString(2))) {
                        issued.add(rs.getLong(1));
                    } else {
                        voided.add(new InvoiceDay.Voided(rs.getLong(1), rs.getString(3)));
                    }
                });
        return new InvoiceDay(openingUnused, SerialRanges.of(rolls), issued, voided);
    }

    public Visits visits(String hallId, LocalDate day, java.time.ZoneId zone) {
        return jdbc.sql("""
                        select count(*),
                               (avg(extract(epoch from called_at - arrived_at)) / 60)::float8,
                               (avg(extract(epoch from finished_at - called_at)) / 60)::float8
                        from hall_visits where hall_id = ? and arrived_at >= ? and arrived_at < ?
                        """)
                .params(hallId, java.sql.Timestamp.from(day.atStartOfDay(zone).toInstant()),
                        java.sql.Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new Visits(rs.getLong(1), rs.getObject(2, Double.class),
                        rs.getObject(3, Double.class)))
                .single();
    }

    public Optional<Close> close(String hallId, LocalDate day) {
        return jdbc.sql("""
                        select counted::text, result::text, differences, closed_by, closed_at from hall_day_closes
                        where hall_id = ? and business_day = ?
                        """)
                .params(hallId, Date.valueOf(day))
                .query((rs, n) -> new Close(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** The latest closed day before {@code day}, if any. */
    public Optional<LocalDate> lastClosedBefore(String hallId, LocalDate day) {
        return jdbc.sql("select max(business_day) from hall_day_closes where hall_id = ? and business_day < ?")
                .params(hallId, Date.valueOf(day))
                .query((rs, n) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate())
                .optional();
    }

    public List<Correction> corrections(String hallId, LocalDate day) {
        return jdbc.sql("""
                        select id, item, before_value, after_value, reason, corrected_by, corrected_at
                        from hall_close_corrections where hall_id = ? and business_day = ? order by id
                        """)
                .params(hallId, Date.valueOf(day))
                .query((rs, n) -> new Correction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    public List<LocalDate> closedDays(String hallId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select business_day from hall_day_closes where hall_id = ? and business_day between ? and ?
                        order by business_day
                        """)
                .params(hallId, Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> rs.getDate(1).toLocalDate()).list();
    }

    public boolean monthClosed(String hallId, LocalDate month) {
        return jdbc.sql("select count(*) from hall_month_closes where hall_id = ? and month = ?")
                .params(hallId, Date.valueOf(month)).query(Long.class).single() > 0;
    }
}
