package io.manyi.tier.web;

import io.manyi.tier.Band;
import io.manyi.tier.InvalidTierRules;
import io.manyi.tier.StarRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The star rules as the rules page edits them: bands as {@code bound:points, ...} and the
 * thresholds as five numbers, so that an analyst changes a figure without writing JSON.
 */
public class RulesForm {

    private String tenureYears;
    private String averageSpendYuan;
    private String spendVariationAtMost;
    private String starThresholds;
    private int minMonthsForStability;
    private int arrearsMonthPoints;
    private double arrearsToleranceYuan;
    private int seriousOverdueDays;
    private int seriousOverduePoints;
    private int downgradeAfterMonths;
    private String reason;

    public static RulesForm of(StarRules rules) {
        RulesForm form = new RulesForm();
        form.tenureYears = bands(rules.tenureYears());
        form.averageSpendYuan = bands(rules.averageSpendYuan());
        form.spendVariationAtMost = bands(rules.spendVariationAtMost());
        form.starThresholds = rules.starThresholds().stream().map(String::valueOf).collect(Collectors.joining(", "));
        form.minMonthsForStability = rules.minMonthsForStability();
        form.arrearsMonthPoints = rules.arrearsMonthPoints();
        form.arrearsToleranceYuan = rules.arrearsToleranceYuan();
        form.seriousOverdueDays = rules.seriousOverdueDays();
        form.seriousOverduePoints = rules.seriousOverduePoints();
        form.downgradeAfterMonths = rules.downgradeAfterMonths();
        return form;
    }

    /** @throws InvalidTierRules when a field cannot be read or the rules cannot be used */
    public StarRules toRules() {
        List<String> problems = new ArrayList<>();
        StarRules rules = new StarRules(parseBands("tenureYears", tenureYears, problems),
                parseBands("averageSpendYuan", averageSpendYuan, problems),
                parseBands("spendVariationAtMost", spendVariationAtMost, problems), minMonthsForStability,
                arrearsMonthPoints, arrearsToleranceYuan, seriousOverdueDays, seriousOverduePoints,
                parseInts("starThresholds", starThresholds, problems), downgradeAfterMonths);
        if (problems.isEmpty()) {
            problems.addAll(rules.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidTierRules(problems);
        }
        return rules;
    }

    private static String bands(List<Band> bands) {
        return bands.stream().map(b -> trim(b.bound()) + ":" + b.points()).collect(Collectors.joining(", "));
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static List<Band> parseBands(String name, String text, List<String> problems) {
        List<Band> bands = new ArrayList<>();
        for (String part : split(text)) {
            String[] pair = part.split(":");
            try {
                bands.add(new Band(Double.parseDouble(pair[0].trim()), Integer.parseInt(pair[1].trim())));
            } catch (RuntimeException e) {
                problems.add(name + ": '" + part + "' is not bound:points");
            }
        }
        return bands;
    }

    private static List<Integer> parseInts(String name, String text, List<String> problems) {
        List<Integer> values = new ArrayList<>();
        for (String part : split(text)) {
            try {
                values.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                problems.add(name + ": '" + part + "' is not a whole number");
            }
        }
        return values;
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : List.of(text.split("[,，;；\\s]+")).stream().filter(s -> !s.isBlank()).toList();
    }

    public String getTenureYears() { return tenureYears; }
    public void setTenureYears(String v) { tenureYears = v; }
    public String getAverageSpendYuan() { return averageSpendYuan; }
    public void setAverageSpendYuan(String v) { averageSpendYuan = v; }
    public String getSpendVariationAtMost() { return spendVariationAtMost; }
    public void setSpendVariationAtMost(String v) { spendVariationAtMost = v; }
    public String getStarThresholds() { return starThresholds; }
    public void setStarThresholds(String v) { starThresholds = v; }
    public int getMinMonthsForStability() { return minMonthsForStability; }
    public void setMinMonthsForStability(int v) { minMonthsForStability = v; }
    public int getArrearsMonthPoints() { return arrearsMonthPoints; }
    public void setArrearsMonthPoints(int v) { arrearsMonthPoints = v; }
    public double getArrearsToleranceYuan() { return arrearsToleranceYuan; }
    public void setArrearsToleranceYuan(double v) { arrearsToleranceYuan = v; }
    public int getSeriousOverdueDays() { return seriousOverdueDays; }
    public void setSeriousOverdueDays(int v) { seriousOverdueDays = v; }
    public int getSeriousOverduePoints() { return seriousOverduePoints; }
    public void setSeriousOverduePoints(int v) { seriousOverduePoints = v; }
    public int getDowngradeAfterMonths() { return downgradeAfterMonths; }
    public void setDowngradeAfterMonths(int v) { downgradeAfterMonths = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
