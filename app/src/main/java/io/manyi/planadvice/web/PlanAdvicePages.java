package io.manyi.planadvice.web;

import io.manyi.planadvice.PlanAdvisories;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberNotFound;
import io.manyi.subscriber.SubscriberRefs;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan-advice section of the subscriber 360 page, loaded by htmx with the subscriber's reference. */
@Controller
class PlanAdvicePages {

    private final PlanAdvisories advisories;
    private final SubscriberRefs refs;

    PlanAdvicePages(PlanAdvisories advisories, SubscriberRefs refs) {
        this.advisories = advisories;
        this.refs = refs;
    }

    @GetMapping("/plan-advice/section/{ref}")
    String section(@PathVariable String ref, Authentication authentication, Model model) {
        String msisdn = refs.resolve(ref).orElseThrow(() -> new SubscriberNotFound("with this reference"));
        model.addAttribute("a", advisories.forSubscriber(CurrentUser.of(authentication), msisdn)
                .map(PlanAdviceView::of).orElse(null));
        return "planadvice/section :: section";
    }
}
