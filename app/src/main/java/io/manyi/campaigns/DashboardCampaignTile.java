package io.manyi.campaigns;

import io.manyi.dashboard.CampaignUplift;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The managers' dashboard's "campaign uplift" tile: the campaigns whose window overlaps the month,
 * each with its treated and control members and how many of them stayed (the same intention-to-treat
 * retention as {@link CampaignUplifts}), among the members of the chosen city.
 */
@Component
class DashboardCampaignTile implements io.manyi.dashboard.CampaignUplifts {

    private final CampaignUplifts uplifts;

    DashboardCampaignTile(CampaignUplifts uplifts) {
        this.uplifts = uplifts;
    }

    @Override
    public List<CampaignUplift> forMonth(YearMonth month, String city) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        return uplifts.inCity(city).stream()
                .filter(u -> !u.startsOn().isAfter(month.atEndOfMonth()) && !u.endsOn().isBefore(month.atDay(1)))
                .map(u -> u.hasResults()
                        ? new CampaignUplift(Long.toString(u.campaignId()), chinese ? u.nameZh() : u.nameEn(),
                                u.treated().members(), u.treated().retained(), u.control().members(), u.control().retained())
                        : CampaignUplift.pending(Long.toString(u.campaignId()), chinese ? u.nameZh() : u.nameEn(),
                                u.firstResultMonth()))
                .toList();
    }
}
