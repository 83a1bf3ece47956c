package io.manyi.hotline;

import java.util.List;

/**
 * The route's answer for one call (docs/hotline.md has an example).
 *
 * @param msisdn        the calling number, as asked
 * @param known         the number is one of ours
 * @param queue         where to send the call
 * @param reasons       why, as codes ({@code stars-4}, {@code manager-pm01}, ...)
 * @param greetingName  surname and title ({@code 张先生}), null when unknown
 * @param greetingNameEn the same for the English prompt ({@code Mr 张})
 * @param stars         latest star level, null when never assessed
 * @param manager       the manager whose line takes the call (or who looks after the caller), null when none
 * @param openItemCount how many tickets, complaints or tasks are open in all
 * @param openItems     the newest of them
 */
public record HotlineRoute(String msisdn, boolean known, HotlineQueue queue, List<String> reasons, String greetingName,
                           String greetingNameEn, Integer stars, Manager manager, int openItemCount,
                           List<OpenItem> openItems) {

    /** The manager as an agent or the IVR needs them: who, and in which role. */
    public record Manager(String username, String name, String role) {
    }
}
