package io.manyi.campaigns;

import io.manyi.moments.ActionKind;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign as stored, with its members per arm. The target rule and the control share cannot
 * change once the campaign is ACTIVE: members drawn under one share must not be compared with
 * members drawn under another.
 */
public record Campaign(long id, String nameZh, String nameEn, TargetRule rule, String offerZh, String offerEn,
                       ActionKind actionKind, LocalDate startsOn, LocalDate endsOn, double controlPercent,
                       CampaignStatus status, String createdBy, Instant createdAt, Instant closedAt, int treated,
                       int control) {

    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }

    public String offer(boolean english) {
        return english ? offerEn : offerZh;
    }
}
