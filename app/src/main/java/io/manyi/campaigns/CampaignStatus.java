package io.manyi.campaigns;

/** DRAFT (being written, dispatch ignores it), ACTIVE (enrols members during its window), CLOSED (final). */
public enum CampaignStatus {
    DRAFT, ACTIVE, CLOSED
}
