package io.manyi.platform.security.web;

import io.manyi.platform.Role;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.security.NoSuchUser;
import io.manyi.platform.security.Users;
import io.manyi.platform.web.RequestIds;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/users} (ADMIN): list the accounts; enable, disable or re-role one. A change ends
 * the account's page sessions and remembered API credentials within about a second.
 *
 * <p>The body is read as a plain map, not bound to a record, so that a wrong value is answered
 * with the field it is in ({@code "field": "roles"}) instead of a parser's message.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    private static final Set<String> FIELDS = Set.of("enabled", "roles");

    /** A 400 about one field of the body. */
    static final class BadField extends RuntimeException {
        final String field;

        BadField(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** A change an administrator may not make to their own account. */
    static final class OwnAccount extends RuntimeException {
        OwnAccount(String message) {
            super(message);
        }
    }

    private final Users users;

    UserApi(Users users) {
        this.users = users;
    }

    @GetMapping
    Map<String, Object> list() {
        List<Map<String, Object>> items = users.list().stream().map(UserApi::json).toList();
        return Map.of("items", items, "count", items.size());
    }

    /** Body: {@code enabled} (true/false) and/or {@code roles} (a list of role names); what is left out stays. */
    @PutMapping("/{username}")
    Map<String, Object> update(@PathVariable String username, @RequestBody(required = false) Map<String, Object> body,
                               Authentication authentication) {
        if (body == null || body.isEmpty()) {
            throw new BadField(null, "Give \"enabled\" (true or false) and/or \"roles\" (a list of role names).");
        }
        for (String field : body.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new BadField(field, "Unknown field \"" + field + "\": only \"enabled\" and \"roles\" can be set.");
            }
        }
        Boolean enabled = enabled(body);
        Set<Role> roles = roles(body);
        users.find(username); // 404 before refusing a change to one's own account
        if (username.equals(CurrentUser.of(authentication).username())
                && (Boolean.FALSE.equals(enabled) || (roles != null && !roles.contains(Role.ADMIN)))) {
            // Otherwise the last administrator could lock everyone out; the CLI can still do it.
            throw new OwnAccount("You cannot disable your own account or take ADMIN from it: another administrator, "
                    + "or `./manyi user` on the server, can.");
        }
        return json(users.update(CurrentUser.of(authentication).username(), username, enabled, roles));
    }

    private static Boolean enabled(Map<String, Object> body) {
        if (!body.containsKey("enabled")) {
            return null;
        }
        if (!(body.get("enabled") instanceof Boolean value)) {
            throw new BadField("enabled", "\"enabled\" must be true or false.");
        }
        return value;
    }

    private static Set<Role> roles(Map<String, Object> body) {
        if (!body.containsKey("roles")) {
            return null;
        }
        if (!(body.get("roles") instanceof List<?> names) || names.isEmpty()) {
            throw new BadField("roles", "\"roles\" must be a non-empty list of role names: " + knownRoles() + ".");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : names) {
            Role role = name instanceof String text ? Role.parse(text).orElse(null) : null;
            if (role == null) {
                throw new BadField("roles", "Unknown role " + name + " in \"roles\": the roles are " + knownRoles() + ".");
            }
            roles.add(role);
        }
        return roles;
    }

    private static String knownRoles() {
        List<String> names = new ArrayList<>();
        for (Role role : Role.values()) {
            names.add(role.name());
        }
        return String.join(", ", names);
    }

    private static Map<String, Object> json(Users.Account account) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("username", account.username());
        json.put("roles", account.roles().stream().map(Role::name).toList());
        json.put("enabled", account.enabled());
        return json;
    }

    @ExceptionHandler(BadField.class)
    ResponseEntity<ProblemDetail> badField(BadField e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage());
        if (e.field != null) {
            problem.setProperty("field", e.field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                "The body must be a JSON object such as {\"enabled\": false} or {\"roles\": [\"AGENT\"]}."));
    }

    @ExceptionHandler(NoSuchUser.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchUser e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(OwnAccount.class)
    ResponseEntity<ProblemDetail> ownAccount(OwnAccount e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
