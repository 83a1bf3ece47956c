package io.manyi.loyalty;

import java.time.Duration;
import java.time.YearMonth;

/** What one monthly accrual run did: entries written now (0 on a re-run), chunks run and skipped, time taken. */
public record AccrualResult(YearMonth month, long entriesWritten, int chunksRun, int chunksSkipped, Duration took) {
}
