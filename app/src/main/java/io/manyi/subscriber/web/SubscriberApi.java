package io.manyi.subscriber.web;

import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberDirectory;
import io.manyi.subscriber.SubscriberListItem;
import io.manyi.subscriber.SubscriberSearch;
import io.manyi.subscriber.SubscriberView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/subscribers}: search and the 360 view as JSON (docs/data-formats.md). */
@RestController
@RequestMapping("/api/v1/subscribers")
class SubscriberApi {

    private final SubscriberDirectory directory;

    SubscriberApi(SubscriberDirectory directory) {
        this.directory = directory;
    }

    /** {@code ?q=} number (whole, first or last digits) or name start, {@code &manager=} username, {@code &limit=} 1-200. */
    @GetMapping
    Map<String, Object> search(@RequestParam(required = false) String q,
                               @RequestParam(required = false) String manager,
                               @RequestParam(required = false) Integer limit,
                               Authentication authentication) {
        SubscriberSearch search = SubscriberSearch.of(q, manager, limit);
        List<SubscriberListItem> items = directory.search(CurrentUser.of(authentication), search);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("count", items.size());
        body.put("limit", search.limit());
        return body;
    }

    /** The 360 view by phone number or by the {@code ref} a search returned. */
    @GetMapping("/{msisdnOrRef}")
    SubscriberView view(@PathVariable String msisdnOrRef, Authentication authentication) {
        return directory.view(CurrentUser.of(authentication), msisdnOrRef);
    }
}
