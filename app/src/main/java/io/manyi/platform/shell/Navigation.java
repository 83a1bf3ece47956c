package io.manyi.platform.shell;

import io.manyi.platform.security.CurrentUser;
import java.util.List;

/**
 * The top navigation. A user sees an entry only when the access policy lets them open the page it
 * leads to: no link answers 403.
 *
 * @param key   message key suffix ({@code nav.<key>}) and the id pages use to mark themselves active
 * @param path  where it leads
 */
public record Navigation(String key, String path) {

    public static final List<Navigation> ENTRIES = List.of(
            new Navigation("subscribers", "/"),
            new Navigation("tiers", "/tier"),
            new Navigation("workbench", "/workbench"),
            new Navigation("loyalty", "/loyalty"),
            new Navigation("churn", "/churn"),
            new Navigation("complaints", "/complaints"),
            new Navigation("surveys", "/surveys"),
            new Navigation("halls", "/halls"),
            new Navigation("dashboard", "/dashboard"),
            new Navigation("admin", "/audit"),
            new Navigation("moments", "/moments/catalog"),
            new Navigation("groups", "/groups"),
            new Navigation("campaigns", "/campaigns"),
            new Navigation("staff", "/staff"));

    public static List<Navigation> visibleTo(CurrentUser user) {
        return ENTRIES.stream().filter(e -> user != null && user.may("GET", e.path)).toList();
    }
}
