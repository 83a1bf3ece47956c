package io.manyi.hotline;

/**
 * What the route needs to know about a calling number, read in one query.
 *
 * @param known        the number is one of ours (any status)
 * @param active       the subscriber is in service (not cancelled)
 * @param name         the subscriber's name, null when unknown
 * @param gender       {@code M} or {@code F}, null when unknown
 * @param stars        the latest star level, null when never assessed
 * @param manager      the assigned account or phone manager's username, null when none
 * @param managerName  that manager's display name
 * @param managerRole  {@code ACCOUNT_MANAGER} or {@code PHONE_MANAGER}
 */
public record Caller(boolean known, boolean active, String name, String gender, Integer stars, String manager,
                     String managerName, String managerRole) {

    public static Caller unknown() {
        return new Caller(false, false, null, null, null, null, null, null);
    }
}
