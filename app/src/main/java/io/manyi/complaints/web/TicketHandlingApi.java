package io.manyi.complaints.web;

import io.manyi.complaints.HandlingStep;
import io.manyi.complaints.Remedy;
import io.manyi.complaints.Ticket;
import io.manyi.complaints.TicketHandling;
import io.manyi.complaints.TicketStatus;
import io.manyi.complaints.Tickets;
import io.manyi.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The six steps, status changes, closure and notes of a ticket (docs/complaints.md). */
@RestController
@RequestMapping({"/api/v1/tickets/{id}", "/api/v1/complaints/{id}"})
class TicketHandlingApi {

    private final TicketHandling handling;
    private final Tickets tickets;
    private final TicketReaders readers;

    TicketHandlingApi(TicketHandling handling, Tickets tickets, TicketReaders readers) {
        this.handling = handling;
        this.tickets = tickets;
        this.readers = readers;
    }

    record StepRequest(String step, String note, Remedy remedy, Boolean agreed, String reason) {
    }

    @PostMapping("/steps")
    Ticket step(@PathVariable long id, @RequestBody StepRequest request, Authentication authentication) {
        CurrentUser user = check(id, authentication);
        Ticket ticket = handling.record(id, new TicketHandling.StepRecord(TicketApi.parse(HandlingStep.class, "step", request.step()),
                request.note(), request.remedy(), request.agreed(), request.reason()), user.username());
        return readers.masked(user, ticket);
    }

    record StatusRequest(String status, String reason) {
    }

    @PostMapping("/status")
    Ticket status(@PathVariable long id, @RequestBody StatusRequest request, Authentication authentication) {
        CurrentUser user = check(id, authentication);
        TicketStatus target = TicketApi.parse(TicketStatus.class, "status", request.status());
        if (target == null) {
            throw io.manyi.complaints.TicketRefused.invalid("status is needed");
        }
        return readers.masked(user, handling.changeStatus(id, target, request.reason(), user.username()));
    }

    record CloseRequest(String reasonWithoutAgreement) {
    }

    @PostMapping("/close")
    Ticket close(@PathVariable long id, @RequestBody(required = false) CloseRequest request, Authentication authentication) {
        CurrentUser user = check(id, authentication);
        return readers.masked(user, handling.close(id, request == null ? null : request.reasonWithoutAgreement(), user.username()));
    }

    record TransferRequest(String department, String assignee, String reason) {
    }

    /** To another team (department) and/or agent. */
    @PostMapping("/transfer")
    Ticket transfer(@PathVariable long id, @RequestBody TransferRequest request, Authentication authentication) {
        CurrentUser user = check(id, authentication);
        return readers.masked(user, handling.transfer(id, request.department(), request.assignee(), request.reason(), user.username()));
    }

    record ReopenRequest(String reason) {
    }

    /** A closed or resolved ticket back to in progress (the closed time kept out of the SLA). */
    @PostMapping("/reopen")
    Ticket reopen(@PathVariable long id, @RequestBody(required = false) ReopenRequest request, Authentication authentication) {
        CurrentUser user = check(id, authentication);
        return readers.masked(user, handling.reopen(id, request == null ? null : request.reason(), user.username()));
    }

    record NoteRequest(String text) {
    }

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Ticket.Note note(@PathVariable long id, @RequestBody NoteRequest request, Authentication authentication) {
        CurrentUser user = check(id, authentication);
        return handling.note(id, user.username(), request.text());
    }

    private CurrentUser check(long id, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        readers.readOne(user, tickets.find(id));
        return user;
    }
}
