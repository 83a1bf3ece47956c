package io.manyi.platform.shell;

import io.manyi.platform.web.RequestIds;

import io.manyi.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the page layout needs on every page: the navigation and the signed-in user. Added when a
 * view is about to be rendered, not as {@code @ModelAttribute} methods of a controller advice:
 * those ran on every API call too (a JSON answer has no model), about 5% of a redemption's or a
 * hotline route's server CPU (JFR). A value the handler put in the model itself wins.
 */
@Component
class ShellModel implements HandlerInterceptor {

    private final java.time.Clock clock;

    ShellModel(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || !view.isReference() && view.getView() == null) {
            return; // an answer written by the handler itself (JSON, a file): nothing to render
        }
        if (view.getViewName() != null && view.getViewName().startsWith("redirect:")) {
            return;
        }
        addTo(view.getModel());
        // The operator's zone, for times on pages: ${#temporals.format(t.atZone(zone), ...)}, never the server's.
        view.getModel().putIfAbsent("zone", clock.getZone());
    }

    /** Adds the shell to a model, for a view rendered where this interceptor does not run (an error's). */
    static void addTo(Map<String, Object> model) {
        CurrentUser me = CurrentUser.get().orElse(null);
        model.putIfAbsent("me", me);
        model.putIfAbsent("navigation", Navigation.visibleTo(me));
        model.putIfAbsent("requestId", RequestIds.current());
    }
}
