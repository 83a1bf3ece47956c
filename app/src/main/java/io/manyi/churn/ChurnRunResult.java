package io.manyi.churn;

import java.time.YearMonth;

/** What a monthly scoring run did: subscribers scored, warnings newly fired (a re-run fires none again). */
public record ChurnRunResult(YearMonth month, String modelVersion, long subscribers, long warningsFired,
                             long warningsSeen, double seconds) {
}
