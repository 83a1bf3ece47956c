package io.manyi.churn;

import java.time.YearMonth;
import java.util.List;

/**
 * One page of the at-risk list, masked for the reader.
 *
 * @param month   the latest scored month, null when nothing was scored yet
 * @param hasNext another page follows
 * @param cities  choices for the filters
 */
public record AtRiskPage(YearMonth month, AtRiskFilter filter, List<Row> rows, boolean hasNext, List<String> cities,
                         List<String> brands, List<String> managers) {

    /**
     * @param msisdn      shown or masked for the reader
     * @param ref         reference for the 360 link
     * @param riskValue   probability × value: the expected monthly revenue at risk, yuan
     * @param reason      the first reason in the reader's language
     */
    public record Row(String msisdn, String ref, String name, String city, String brand, Integer stars, String manager,
                      double probability, int composite, double valueYuan, double riskValue, String reason) {
    }

    public int firstRank() {
        return filter.page() * AtRiskFilter.PAGE_SIZE + 1;
    }
}
