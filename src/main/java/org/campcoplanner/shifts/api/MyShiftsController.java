package org.campcoplanner.shifts.api;

import org.campcoplanner.account.CalendarTokens;
import org.campcoplanner.shifts.MyShift;
import org.campcoplanner.shifts.MyShiftsService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** A signed-in person's own shifts and calendar feed over HTTP; the feed itself needs only its secret URL. */
@RestController
class MyShiftsController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MyShiftsService shifts;
    private final CalendarTokens tokens;

    MyShiftsController(MyShiftsService shifts, CalendarTokens tokens) {
        this.shifts = shifts;
        this.tokens = tokens;
    }

    record Withdrawal(String session, String role, int index, String reason) {
    }

    @GetMapping("/api/me/shifts")
    ResponseEntity<?> myShifts() {
        return shifts.mine().<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("message", "Your account is not a person of a camp, so it has no shifts")));
    }

    @PostMapping("/api/me/withdrawals")
    @ResponseStatus(HttpStatus.CREATED)
    MyShift withdraw(@RequestBody Withdrawal withdrawal) {
        return shifts.withdraw(withdrawal.session(), withdrawal.role(), withdrawal.index(), withdrawal.reason());
    }

    @GetMapping("/api/me/calendar-url")
    ResponseEntity<Map<String, String>> calendarUrl() {
        return urlOrNotAPerson(tokens.mine());
    }

    /** A new secret URL; the old one stops working at once. */
    @PostMapping("/api/me/calendar-url")
    ResponseEntity<Map<String, String>> newCalendarUrl() {
        return urlOrNotAPerson(tokens.regenerate());
    }

    private static ResponseEntity<Map<String, String>> urlOrNotAPerson(Optional<String> token) {
        return token.map(secret -> ResponseEntity.ok(Map.of("url", feedUrl(secret))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
                        "Your account is not a person of a camp, so it has no shifts and no calendar feed")));
    }

    @GetMapping(path = "/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return shifts.calendarFeed(token)
                .map(ics -> ResponseEntity.ok().contentType(CALENDAR).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static String feedUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/{token}.ics").buildAndExpand(token)
                .toUriString();
    }
}
