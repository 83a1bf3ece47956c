package io.manyi.hotline.web;

import io.manyi.hotline.HotlineRoute;
import io.manyi.hotline.HotlineRoutes;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.RequestIds;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/hotline/route?msisdn=}: the IVR's routing question (docs/hotline.md). */
@RestController
@RequestMapping("/api/v1/hotline")
class HotlineApi {

    private static final Pattern NUMBER = Pattern.compile("\\d{5,15}");

    private final HotlineRoutes routes;

    HotlineApi(HotlineRoutes routes) {
        this.routes = routes;
    }

    @GetMapping("/route")
    HotlineRoute route(@RequestParam String msisdn, Authentication authentication) {
        if (!NUMBER.matcher(msisdn).matches()) {
            throw new IllegalArgumentException("msisdn must be 5-15 digits");
        }
        return routes.route(CurrentUser.of(authentication), msisdn);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badNumber(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad Request");
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
