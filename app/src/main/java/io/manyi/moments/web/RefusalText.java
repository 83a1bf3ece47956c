package io.manyi.moments.web;

import io.manyi.moments.TaskRefused;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A refusal as a page shows it: in English the rule's own message (it names the task, the manager
 * and the numbers), in Chinese the words of {@code wbd.refused.<code>} (i18n/workbench), so no
 * English reaches a Chinese page; the API keeps the rule's message.
 */
final class RefusalText {

    private RefusalText() {
    }

    /**
     * The view of a refusal: for htmx the message alone (static/js/workbench.js shows it in place);
     * for a page asked for whole, a page with the shell the layout needs (the interceptor that adds
     * it does not run for an exception's view).
     */
    static String view(TaskRefused e, Locale locale, MessageSource messages, jakarta.servlet.http.HttpServletRequest request,
                       jakarta.servlet.http.HttpServletResponse response, org.springframework.ui.Model model,
                       java.time.ZoneId zone) {
        response.setStatus(e.status());
        model.addAttribute("message", of(e, locale, messages));
        if (request.getHeader("HX-Request") != null) {
            return "workbench/day :: refused";
        }
        io.manyi.platform.security.CurrentUser me = io.manyi.platform.security.CurrentUser.get().orElse(null);
        model.addAttribute("me", me);
        model.addAttribute("navigation", io.manyi.platform.shell.Navigation.visibleTo(me));
        model.addAttribute("requestId", io.manyi.platform.web.RequestIds.current());
        model.addAttribute("zone", zone);
        return "workbench/refused";
    }

    static String of(TaskRefused e, Locale locale, MessageSource messages) {
        if (TaskApi.english(locale)) {
            return e.getMessage();
        }
        String text = messages.getMessage("wbd.refused." + e.code(), null, null, locale);
        return text == null ? e.getMessage() : text;
    }
}
