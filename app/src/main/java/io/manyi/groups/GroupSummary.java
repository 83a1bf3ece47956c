package io.manyi.groups;

import java.time.LocalDate;

/**
 * A group customer as lists show it, with its figures for the month asked for.
 *
 * @param manager      the responsible person's username: the account manager, or for a C group
 *                     without one its phone customer manager; null when the group has neither
 * @param managerRole  ACCOUNT_MANAGER or PHONE_MANAGER (the role in which the manager looks after it), or null
 */
public record GroupSummary(String groupId, String name, String groupClass, String city, String industry,
                           LocalDate contractEnd, String manager, String managerName, String managerRole,
                           GroupFigures figures) {
}
