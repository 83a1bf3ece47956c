package io.manyi.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * The seam between the dashboard and the campaigns (io.manyi.campaigns, tables {@code campaigns}
 * and {@code campaign_members}): the campaigns feature provides one bean implementing this, and
 * the dashboard's "campaign uplift" tile shows what it answers. Without such a bean, or when it
 * answers nothing, the tile says "no campaigns yet".
 */
public interface CampaignUplifts {

    /**
     * The campaigns whose results count in {@code month} (e.g. those whose measurement window ends
     * in it), restricted to members in {@code city} when not null; empty when there are none.
     */
    List<CampaignUplift> forMonth(YearMonth month, String city);
}
