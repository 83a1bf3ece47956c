package io.manyi.moments;

import java.time.LocalDate;
import java.util.List;

/**
 * The campaigns a person works on, for the workbench summary (implemented by the campaigns
 * feature, docs/campaigns.md): per campaign with tasks for {@code assignee}, the tasks processed
 * since it started and today.
 */
public interface WorkbenchCampaigns {

    record Progress(long id, String nameZh, String nameEn, int tasks, int cumulative, int today) {
    }

    List<Progress> progress(String assignee, LocalDate today);
}
