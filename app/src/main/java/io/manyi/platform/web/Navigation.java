package io.manyi.platform.web;

import io.manyi.platform.Role;
import io.manyi.platform.security.CurrentUser;
import java.util.List;

/**
 * The top navigation. Features not built yet stay visible, marked as coming, so that users see
 * where the product is going without meeting dead links; a feature that lands gives its entry a path.
 *
 * @param key      message key suffix ({@code nav.<key>}) and the id pages use to mark themselves active
 * @param path     where it leads, or null while the feature is coming
 * @param onlyFor  the role needed to see the entry, or null for everyone
 */
public record Navigation(String key, String path, Role onlyFor) {

    public static final List<Navigation> ENTRIES = List.of(
            new Navigation("subscribers", "/", null),
            new Navigation("tiers", "/tier", null),
            new Navigation("workbench", "/workbench", null),
            new Navigation("loyalty", "/loyalty", null),
            new Navigation("churn", "/churn", null),
            new Navigation("complaints", "/complaints", null),
            new Navigation("surveys", null, null),
            new Navigation("halls", "/halls", null),
            new Navigation("dashboard", null, null),
            new Navigation("admin", "/audit", Role.ADMIN),
            new Navigation("moments", "/moments/catalog", null),
            new Navigation("campaigns", "/campaigns", null));

    public boolean coming() {
        return path == null;
    }

    public static List<Navigation> visibleTo(CurrentUser user) {
        return ENTRIES.stream().filter(e -> e.onlyFor == null || (user != null && user.has(e.onlyFor))).toList();
    }
}
