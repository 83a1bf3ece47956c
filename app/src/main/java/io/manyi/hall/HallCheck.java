package io.manyi.hall;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A supervisor's check of a clerk on a day (a mystery shopper, a service check), with its score. */
public record HallCheck(long id, String hallId, String clerk, LocalDate day, String kind, BigDecimal score,
                        BigDecimal maxScore, String note, String recordedBy) {
}
