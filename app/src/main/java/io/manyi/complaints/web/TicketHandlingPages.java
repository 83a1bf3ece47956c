package io.manyi.complaints.web;

import io.manyi.complaints.HandlingStep;
import io.manyi.complaints.Remedy;
import io.manyi.complaints.TicketHandling;
import io.manyi.complaints.TicketRefused;
import io.manyi.complaints.Tickets;
import io.manyi.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ticket page's forms: each of the six steps recorded (the remedy in step 4, the customer's
 * agreement or a reason in step 5) and the ticket closed, through the same {@link TicketHandling}
 * as the API; back to the ticket, with the rules' refusal in words when there is one.
 */
@Controller
class TicketHandlingPages {

    private final TicketHandling handling;
    private final Tickets tickets;
    private final TicketReaders readers;

    TicketHandlingPages(TicketHandling handling, Tickets tickets, TicketReaders readers) {
        this.handling = handling;
        this.tickets = tickets;
        this.readers = readers;
    }

    @PostMapping("/complaints/{id}/steps")
    String step(@PathVariable long id, @RequestParam String step, @RequestParam(required = false) String note,
                @RequestParam(required = false) String remedyText, @RequestParam(required = false) Long points,
                @RequestParam(required = false) BigDecimal feeCreditYuan, @RequestParam(defaultValue = "false") boolean agreed,
                @RequestParam(required = false) String reason, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        readers.readOne(user, tickets.find(id));
        HandlingStep handlingStep = TicketApi.parse(HandlingStep.class, "step", step);
        Remedy remedy = handlingStep == HandlingStep.PROPOSE_REMEDY ? new Remedy(remedyText, points, feeCreditYuan) : null;
        Boolean agreement = handlingStep == HandlingStep.GET_AGREEMENT ? agreed : null;
        return back(id, () -> handling.record(id, new TicketHandling.StepRecord(handlingStep, note, remedy, agreement, reason),
                user.username()));
    }

    @PostMapping("/complaints/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String reasonWithoutAgreement,
                 Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        readers.readOne(user, tickets.find(id));
        return back(id, () -> handling.close(id, reasonWithoutAgreement, user.username()));
    }

    private static String back(long id, Runnable action) {
        try {
            action.run();
            return "redirect:/complaints/" + id;
        } catch (TicketRefused refused) {
            return "redirect:/complaints/" + id + "?error=" + URLEncoder.encode(refused.getMessage(), StandardCharsets.UTF_8);
        }
    }
}
