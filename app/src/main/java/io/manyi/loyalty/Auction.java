package io.manyi.loyalty;

import java.time.Instant;

/** A points auction (积分竞投) for a scarce reward; {@code highestBid} null while nobody has bid. */
public record Auction(long id, String titleZh, String titleEn, long reserve, Instant endsAt, String status,
                      String winner, Long winningBid, Instant closedAt, Long highestBid, String highestBidder) {
}
