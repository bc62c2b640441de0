package org.campcoplanner.shifts.api;

import org.campcoplanner.base.Texts;
import org.campcoplanner.shifts.OpenShift;
import org.campcoplanner.shifts.RequestView;
import org.campcoplanner.shifts.ShiftRequestRefusedException;
import org.campcoplanner.shifts.ShiftRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A signed-in person's open shifts and offers over HTTP, as on their shifts page; a refused offer
 * answers {@code 409} with every reason, in the caller's language.
 */
@RestController
class ShiftRequestsController {

    private final ShiftRequests requests;
    private final Texts texts;

    ShiftRequestsController(ShiftRequests requests, Texts texts) {
        this.requests = requests;
        this.texts = texts;
    }

    record Offer(String session, String role, int index) {
    }

    record Said(long id, String kind, String status, String what, String standing) {
    }

    @GetMapping("/api/me/open-shifts")
    List<OpenShift> openShifts() {
        return requests.openShifts();
    }

    @PostMapping("/api/me/offers")
    @ResponseStatus(HttpStatus.CREATED)
    ShiftRequests.OfferOutcome offer(@RequestBody Offer offer) {
        return requests.offer(offer.session(), offer.role(), offer.index());
    }

    @GetMapping("/api/me/requests")
    List<Said> mine(Locale locale) {
        return requests.mine().stream().map((RequestView r) -> new Said(r.id(), r.kind().name(), r.status().name(),
                texts.say(r.what(), locale), texts.say(r.standing(), locale))).toList();
    }

    @ExceptionHandler(ShiftRequestRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(ShiftRequestRefusedException e, Locale locale) {
        List<String> reasons = e.reasons().stream().map(reason -> texts.say(reason, locale)).toList();
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", reasons.get(0), "reasons", reasons));
    }
}
