package io.manyi.loyalty;

import io.manyi.platform.export.CsvText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Monthly settlement per merchant: every authorisation captured in the month (by the operator's
 * time zone) is a line; the amount is the points times {@code yuanPerPoint}, rounded to the fen
 * once on the total.
 */
@Component
public class Settlements {

    private final JdbcClient jdbc;
    private final PointsLedger ledger;
    private final ZoneId zone;

    public Settlements(JdbcClient jdbc, PointsLedger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.zone = clock.getZone();
    }

    /** The months (operator's zone) with captured merchant payments, newest first: the only ones worth settling. */
    public List<YearMonth> months() {
        return jdbc.sql("""
                        select distinct to_char(settled_at at time zone ?, 'YYYY-MM') as m from points_authorisations
                        where status = 'CAPTURED' and settled_at is not null order by m desc
                        """).param(zone.getId()).query(String.class).list().stream().map(YearMonth::parse).toList();
    }

    /** Each merchant's name in Chinese and English, by code. */
    public java.util.Map<String, List<String>> names() {
        java.util.Map<String, List<String>> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select code, name_zh, name_en from points_merchants order by code")
                .query(rs -> {
                    names.put(rs.getString(1), List.of(rs.getString(2), rs.getString(3)));
                });
        return names;
    }

    public List<Settlement> month(YearMonth month) {
        List<String> merchants = jdbc.sql("select code from points_merchants order by code").query(String.class).list();
        List<Settlement> settlements = new ArrayList<>();
        for (String merchant : merchants) {
            settlements.add(of(merchant, month));
        }
        return settlements;
    }

    public Settlement of(String merchant, YearMonth month) {
        BigDecimal rate = ledger.rules().yuanPerPoint();
        List<Authorisation> lines = jdbc.sql("""
                        select id, merchant, msisdn, points, status, authorised_at, hold_until, settled_at
                        from points_authorisations
                        where merchant = ? and status = 'CAPTURED' and settled_at >= ? and settled_at < ?
                        order by settled_at, id
                        """).params(merchant, Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()),
                        Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .query(Authorisation.class).list();
        long points = lines.stream().mapToLong(Authorisation::points).sum();
        return new Settlement(merchant, month, rate, lines.size(), points,
                rate.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.HALF_UP), lines);
    }

    /**
     * The settlement as CSV: one line per captured payment, then a total line. The numbers are as the
     * settlement carries them (the caller masks them for its reader); cells through {@link CsvText}.
     */
    public String csv(Settlement settlement) {
        CsvText csv = CsvText.create().row("merchant", "month", "authorisation_id", "msisdn", "points", "captured_at",
                "amount_yuan");
        for (Authorisation line : settlement.lines()) {
            csv.row(settlement.merchant(), settlement.month(), line.id(), line.msisdn(), line.points(), line.settledAt(),
                    settlement.yuanPerPoint().multiply(BigDecimal.valueOf(line.points())).setScale(2, RoundingMode.HALF_UP));
        }
        return csv.row(settlement.merchant(), settlement.month(), "TOTAL", null, settlement.points(), null,
                settlement.amountYuan()).toString();
    }
}
