package io.manyi.loyalty.web;

import io.manyi.loyalty.LedgerEntry;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ledger entry's note in the reader's language. The ledger keeps the system's own notes in
 * English words ("accrual", "points earned before the end of cycle 2026", "1 x DATA-1G",
 * "auction 1"): pages show them in words of the reader's language instead of the stored text;
 * what a person typed (an adjustment's or a transfer's reason) is shown as typed.
 */
final class EntryNotes {

    private static final Pattern EXPIRY = Pattern.compile("points earned before the end of cycle (\\d{4})");
    private static final Pattern REDEMPTION = Pattern.compile("(\\d+) x (\\S+)");
    private static final Pattern AUCTION = Pattern.compile("auction (\\d+)");

    private EntryNotes() {
    }

    /** @param itemNames catalog item name by code, in the reader's language */
    static String of(LedgerEntry e, boolean chinese, Map<String, String> itemNames) {
        String reason = e.reason() == null || e.reason().isBlank() ? null : e.reason().strip();
        String reference = e.reference() == null || e.reference().isBlank() ? null : e.reference().strip();
        if (reason == null && "accrual".equals(reference)) {
            return chinese ? "月度积分" : "monthly accrual";
        }
        if (reason != null) {
            Matcher m = EXPIRY.matcher(reason);
            if (m.matches()) {
                return chinese ? m.group(1) + " 周期结束前所得积分到期" : "points earned before the end of cycle " + m.group(1);
            }
            m = REDEMPTION.matcher(reason);
            if (m.matches()) {
                String item = itemNames.getOrDefault(m.group(2), m.group(2));
                return chinese ? "兑换 " + m.group(1) + " × " + item : "redeemed " + m.group(1) + " × " + item;
            }
            m = AUCTION.matcher(reason);
            if (m.matches()) {
                return chinese ? "竞投 #" + m.group(1) : "auction #" + m.group(1);
            }
            return reason;
        }
        return reference == null ? "" : reference;
    }
}
