package org.campcoplanner.signoff.api;

import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.Texts;
import org.campcoplanner.signoff.Publication;
import org.campcoplanner.signoff.PublishedRoster;
import org.campcoplanner.signoff.RevisionSummary;
import org.campcoplanner.signoff.SignOffRefusedException;
import org.campcoplanner.signoff.SignOffService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The published roster and the two signatures over HTTP, for city systems and for testing. */
@RestController
@RequestMapping("/api/camps/{campId}")
class SignOffController {

    private final SignOffService signOff;
    private final Texts texts;

    SignOffController(SignOffService signOff, Texts texts) {
        this.signOff = signOff;
        this.texts = texts;
    }

    /** A leader's or a staff member's signature; both may acknowledge empty seats. */
    record Signature(Integer revision, boolean acknowledgeEmptySeats) {
    }

    record ChangeRequest(Integer revision, String comment) {
    }

    @GetMapping("/roster")
    ResponseEntity<?> roster(@PathVariable long campId, Locale locale) {
        return signOff.publishedRoster(campId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("message", texts.say(locale, "signoff.api.nothing-published", campId))));
    }

    @GetMapping("/revisions")
    List<RevisionSummary> revisions(@PathVariable long campId) {
        return signOff.revisions(campId);
    }

    @PostMapping("/propose")
    @ResponseStatus(HttpStatus.CREATED)
    RevisionSummary propose(@PathVariable long campId, @RequestBody(required = false) Signature signature) {
        return signOff.propose(campId, signature != null && signature.acknowledgeEmptySeats());
    }

    /** Staff name the revision they reviewed, so a newer proposal is never published unseen. */
    @PostMapping("/approve")
    @PreAuthorize("hasRole('STAFF') and @campAccess.isMember(#campId)")
    Publication approve(@PathVariable long campId, @RequestBody(required = false) Signature signature) {
        if (signature == null || signature.revision() == null) {
            throw reviewedRevisionMissing();
        }
        return signOff.approve(campId, signature.revision(), signature.acknowledgeEmptySeats());
    }

    @PostMapping("/request-changes")
    @PreAuthorize("hasRole('STAFF') and @campAccess.isMember(#campId)")
    RevisionSummary requestChanges(@PathVariable long campId, @RequestBody(required = false) ChangeRequest request) {
        if (request == null || request.revision() == null) {
            throw reviewedRevisionMissing();
        }
        return signOff.requestChanges(campId, request.revision(), request.comment());
    }

    private static InvalidFormException reviewedRevisionMissing() {
        return new InvalidFormException(List.of(InvalidFormException.FieldProblem.of("revision",
                "signoff.problem.revision-missing")));
    }

    @ExceptionHandler(SignOffRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, String> refused(SignOffRefusedException e, Locale locale) {
        return Map.of("message", texts.say(e.reason(), locale));
    }
}
