package io.manyi.complaints;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The operator's SLA rules, stored as the setting {@code complaints.sla}: business hours to resolve
 * by category and severity, shortened by star level, counted on a business calendar.
 *
 * @param rules        hours by channel (null = any), category (null = any; a rule on a parent category covers its
 *                     children) and severity (null = any); the most specific rule wins: a rule for the ticket's
 *                     channel first (a regulator appeal has its own, stricter time), then the nearest category,
 *                     then severity
 * @param starFactors  from {@code minStars} on, the hours are multiplied by {@code factor} (highest step that applies)
 * @param warnAt       the warning fires when this share of the time has run (0.8 = 80%)
 * @param workdays     the desk's working days
 * @param opens        opening time on a working day
 * @param closes       closing time (00:00 = midnight)
 * @param holidays     days off besides the weekly ones
 */
public record SlaPolicy(List<Rule> rules, List<StarFactor> starFactors, double warnAt, Set<DayOfWeek> workdays,
                        LocalTime opens, LocalTime closes, List<LocalDate> holidays) {

    public static final String SETTING = "complaints.sla";

    public record Rule(String category, Severity severity, double hours, Channel channel) {
        public Rule {
            if (!(hours > 0)) {
                throw new IllegalArgumentException("SLA hours must be positive");
            }
        }

        /** A rule for any channel. */
        public Rule(String category, Severity severity, double hours) {
            this(category, severity, hours, null);
        }
    }

    public record StarFactor(int minStars, double factor) {
        public StarFactor {
            if (!(factor > 0) || factor > 1) {
                throw new IllegalArgumentException("a star factor is in (0, 1]: high tiers are served faster, never slower");
            }
        }
    }

    public SlaPolicy {
        rules = List.copyOf(rules);
        starFactors = List.copyOf(starFactors);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        if (!(warnAt > 0 && warnAt < 1)) {
            throw new IllegalArgumentException("warnAt is a share between 0 and 1");
        }
        if (rules.stream().noneMatch(rule -> rule.category() == null && rule.severity() == null && rule.channel() == null)
                && rules.stream().filter(rule -> rule.category() == null && rule.channel() == null).map(Rule::severity).distinct().count()
                < Severity.values().length) {
            throw new IllegalArgumentException("the rules need a default for every severity (category null)");
        }
    }

    public static SlaPolicy defaults() {
        return new SlaPolicy(List.of(
                new Rule(null, Severity.LOW, 72),
                new Rule(null, Severity.MEDIUM, 48),
                new Rule(null, Severity.HIGH, 24),
                new Rule(null, Severity.CRITICAL, 8),
                // A subscription the customer never asked for is refunded fast (the seeds' biggest new-service cause).
                new Rule("VAS_UNKNOWING_SUBSCRIPTION", null, 24),
                new Rule("VAS_UNKNOWING_SUBSCRIPTION", Severity.CRITICAL, 4),
                // A regulator appeal (申诉, e.g. forwarded by MIIT's appeal centre) is answered faster than any complaint.
                new Rule(null, null, 12, Channel.REGULATOR),
                new Rule(null, Severity.CRITICAL, 4, Channel.REGULATOR)),
                List.of(new StarFactor(3, 0.75), new StarFactor(4, 0.5)),
                0.8,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                        DayOfWeek.SATURDAY),
                LocalTime.of(8, 30), LocalTime.of(20, 0), List.of());
    }

    public BusinessCalendar calendar(ZoneId zone) {
        return new BusinessCalendar(workdays, opens, closes, holidays, zone);
    }

    /**
     * The business time allowed for a ticket.
     *
     * @param categoryPath the ticket's category first, then its parent, up to the root
     */
    public Duration budget(List<String> categoryPath, Severity severity, int stars) {
        return budget(categoryPath, severity, null, stars);
    }

    /** As above, for a ticket that came through {@code channel} (null: a rule for any channel only). */
    public Duration budget(List<String> categoryPath, Severity severity, Channel channel, int stars) {
        Rule rule = rules.stream()
                .filter(r -> r.severity() == null || r.severity() == severity)
                .filter(r -> r.category() == null || categoryPath.contains(r.category()))
                .filter(r -> r.channel() == null || r.channel() == channel)
                .min(Comparator.<Rule>comparingInt(r -> r.channel() == null ? 1 : 0)
                        .thenComparingInt(r -> r.category() == null ? Integer.MAX_VALUE : categoryPath.indexOf(r.category()))
                        .thenComparing(r -> r.severity() == null))
                .orElseThrow(() -> new IllegalStateException("no SLA rule for " + severity));
        double factor = starFactors.stream().filter(f -> stars >= f.minStars())
                .max(Comparator.comparingInt(StarFactor::minStars)).map(StarFactor::factor).orElse(1.0);
        return Duration.ofMinutes(Math.round(rule.hours() * 60 * factor));
    }
}
