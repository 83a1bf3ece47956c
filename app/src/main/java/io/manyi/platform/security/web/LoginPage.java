package io.manyi.platform.security.web;

import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.security.DemoUsers;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Our own sign-in page (Spring Security processes the POST to the same path). */
@Controller
class LoginPage {

    private final Environment environment;

    LoginPage(Environment environment) {
        this.environment = environment;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        // Only a demo tells its password on the page; a real installation has none to tell.
        model.addAttribute("demo", demo(environment));
        return "login";
    }

    static boolean demo(Environment environment) {
        return environment.acceptsProfiles(Profiles.of(DemoUsers.PROFILE));
    }
}
