package io.manyi.groups.web;

import io.manyi.groups.GroupDetail;
import io.manyi.groups.GroupDirectory;
import io.manyi.groups.GroupFilter;
import io.manyi.groups.GroupNotFound;
import io.manyi.groups.GroupSettings;
import io.manyi.groups.GroupSettingsStore;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.Inputs;
import io.manyi.platform.web.RequestIds;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/groups} (filters {@code class}, {@code city}, {@code manager}, {@code month},
 * {@code page}) and {@code GET /api/v1/groups/{id}} (docs/groups.md, "API"). Scope and masking as
 * on the pages; a group outside the reader's scope is 403. {@code GET/PUT /api/v1/groups/settings}: setting
 * {@code groups} (analysts and admins change it, with a reason).
 */
@RestController
class GroupApi {

    private final GroupDirectory directory;
    private final GroupSettingsStore settings;
    private final AuditLog audit;

    GroupApi(GroupDirectory directory, GroupSettingsStore settings, AuditLog audit) {
        this.directory = directory;
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping("/api/v1/groups")
    GroupDirectory.Page list(@RequestParam(name = "class", required = false) String groupClass,
                             @RequestParam(required = false) String city, @RequestParam(required = false) String manager,
                             @RequestParam(required = false) String month, @RequestParam(defaultValue = "0") int page,
                             Authentication authentication) {
        return directory.list(CurrentUser.of(authentication), new GroupFilter(groupClass, city, manager, page(page)),
                month(month));
    }

    @GetMapping("/api/v1/groups/{id}")
    GroupDetail one(@PathVariable String id, @RequestParam(required = false) String month, Locale locale,
                    Authentication authentication) {
        return directory.detail(CurrentUser.of(authentication), id, month(month), locale);
    }

    @GetMapping("/api/v1/groups/settings")
    GroupSettings settings() {
        return settings.get();
    }

    /** Changes setting {@code groups}; the reason ({@code X-Reason}) is kept in the settings history. */
    @PutMapping("/api/v1/groups/settings")
    GroupSettings putSettings(@RequestBody GroupSettings value,
                              @RequestHeader(name = "X-Reason", required = false) String reason,
                              Authentication authentication) {
        settings.put(value, authentication.getName(), reason);
        audit.record(authentication.getName(), "groups.settings", GroupSettings.SETTING, reason);
        return settings.get();
    }

    /** Past it the offset overflows; no list has this many pages. */
    static int page(int page) {
        return Inputs.between("page", page, 0, 100_000);
    }

    static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        return Inputs.month("month", month);
    }

    @ExceptionHandler(GroupNotFound.class)
    ProblemDetail notFound(GroupNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not Found", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad Request", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
