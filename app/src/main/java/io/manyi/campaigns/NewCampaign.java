package io.manyi.campaigns;

import io.manyi.moments.ActionKind;
import java.time.LocalDate;

/**
 * What an analyst gives to create a campaign. {@code controlPercent} null: the setting's share
 * (10 %); {@code status} null: DRAFT (ACTIVE starts enrolling at once).
 */
public record NewCampaign(String nameZh, String nameEn, TargetRule rule, String offerZh, String offerEn,
                          ActionKind actionKind, LocalDate startsOn, LocalDate endsOn, Double controlPercent,
                          CampaignStatus status) {
}
