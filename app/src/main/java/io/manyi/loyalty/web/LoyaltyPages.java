package io.manyi.loyalty.web;

import io.manyi.loyalty.AccountView;
import io.manyi.loyalty.Auctions;
import io.manyi.loyalty.Liability;
import io.manyi.loyalty.LoyaltyAccounts;
import io.manyi.loyalty.PointsCatalog;
import io.manyi.loyalty.PointsLedger;
import io.manyi.loyalty.Settlement;
import io.manyi.loyalty.Settlements;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.Inputs;
import io.manyi.subscriber.SubscriberNotFound;
import io.manyi.subscriber.SubscriberRefs;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Points pages: the panel on the subscriber 360 page (loaded by htmx with the subscriber's
 * opaque ref), and {@code /loyalty} with the catalog, merchants and settlements, auctions and,
 * for admins and analysts, the liability.
 */
@Controller
class LoyaltyPages {

    private final LoyaltyAccounts accounts;
    private final PointsLedger ledger;
    private final PointsCatalog catalog;
    private final Settlements settlements;
    private final Auctions auctions;
    private final Liability liability;
    private final java.time.Clock clock;
    private final SubscriberRefs refs;
    private final LoyaltyReaders readers;

    LoyaltyPages(LoyaltyAccounts accounts, PointsLedger ledger, PointsCatalog catalog, Settlements settlements,
                 Auctions auctions, Liability liability, SubscriberRefs refs, LoyaltyReaders readers, java.time.Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.ledger = ledger;
        this.catalog = catalog;
        this.settlements = settlements;
        this.auctions = auctions;
        this.liability = liability;
        this.refs = refs;
        this.readers = readers;
    }

    /** The Points card of the 360 page; {@code ref} as in the 360 page's address (number or opaque ref). */
    @GetMapping("/loyalty/panel/{msisdnOrRef}")
    String panel(@PathVariable String msisdnOrRef, Authentication authentication, java.util.Locale locale, Model model) {
        String msisdn = msisdnOrRef.matches("\\d{5,15}") ? msisdnOrRef
                : refs.resolve(msisdnOrRef).orElseThrow(() -> new SubscriberNotFound(msisdnOrRef));
        CurrentUser reader = CurrentUser.of(authentication);
        readers.checkScope(reader, msisdn, "loyalty.panel.view");
        AccountView view = accounts.view(msisdn);
        readers.audited(reader, "loyalty.panel.view", msisdn, "balance and last 20 entries");
        model.addAttribute("p", view);
        model.addAttribute("expiringDays", view.expiringOn() == null ? null
                : io.manyi.platform.time.RelativeDays.phrase(view.expiringOn(), clock, "zh".equals(locale.getLanguage())));
        model.addAttribute("earned", view.statement().earnedTotal());
        List<io.manyi.loyalty.LedgerEntry> entries = ledger.entries(msisdn, 20);
        boolean chinese = "zh".equals(locale.getLanguage());
        java.util.Map<String, String> itemNames = new java.util.HashMap<>();
        catalog.items().forEach(i -> itemNames.put(i.code(), chinese ? i.nameZh() : i.nameEn()));
        java.util.Map<Long, String> notes = new java.util.HashMap<>();
        entries.forEach(e -> notes.put(e.id(), EntryNotes.of(e, chinese, itemNames)));
        model.addAttribute("entries", entries);
        model.addAttribute("entryNotes", notes);
        return "loyalty/panel :: panel";
    }

    @GetMapping("/loyalty")
    String home(@RequestParam(required = false) String month, Authentication authentication, java.util.Locale locale,
                Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        boolean finance = user.may("GET", "/loyalty/settlements/{merchant}.csv");
        // The picker offers the months with captured payments only; without a month, the latest of them.
        List<YearMonth> months = finance ? settlements.months() : List.of();
        YearMonth settled = month == null || month.isBlank() ? (months.isEmpty() ? null : months.getFirst())
                : Inputs.month("month", month);
        YearMonth thisMonth = YearMonth.from(ledger.today());
        model.addAttribute("months", months);
        model.addAttribute("thisMonth", thisMonth.toString());
        model.addAttribute("today", ledger.today());
        model.addAttribute("merchantNames", finance ? settlements.names() : java.util.Map.of());
        model.addAttribute("items", catalog.items());
        model.addAttribute("auctions", auctions.list(20).stream().map(a -> readers.shown(user, a)).toList());
        model.addAttribute("month", settled == null ? null : settled.toString());
        model.addAttribute("settlements", finance && settled != null
                ? settlements.month(settled).stream().map(s -> readers.shown(user, s)).toList() : List.<Settlement>of());
        model.addAttribute("finance", finance);
        Liability.Report report = finance ? liability.report() : null;
        model.addAttribute("liability", report);
        // "in N days" from today in the operator's zone (the clock's), when the page is shown
        model.addAttribute("expiryDays", report == null ? java.util.Map.of() : io.manyi.platform.time.RelativeDays.phrases(
                report.expiring().stream().map(Liability.Expiring::expiresOn).toList(), clock, "zh".equals(locale.getLanguage())));
        model.addAttribute("rules", ledger.rules());
        return "loyalty/home";
    }

    @GetMapping("/loyalty/settlements/{merchant}.csv")

    ResponseEntity<String> settlementCsv(@PathVariable String merchant, @RequestParam String month,
                                         Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        Settlement found = settlements.of(merchant, Inputs.month("month", month));
        readers.auditedList(reader, "loyalty.settlement.view", "merchant=" + merchant + " month=" + month + " csv",
                readers.numbers(reader, found));
        Settlement settlement = readers.shown(reader, found);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=settlement-" + merchant + "-" + month + ".csv")
                .body(settlements.csv(settlement));
    }
}
