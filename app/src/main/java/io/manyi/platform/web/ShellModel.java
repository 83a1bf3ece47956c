package io.manyi.platform.web;

import io.manyi.platform.security.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs on every page: the navigation and the signed-in user. */
@ControllerAdvice
class ShellModel {

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("navigation")
    List<Navigation> navigation() {
        return Navigation.visibleTo(CurrentUser.get().orElse(null));
    }

    @ModelAttribute("requestId")
    String requestId() {
        return RequestIds.current();
    }
}
