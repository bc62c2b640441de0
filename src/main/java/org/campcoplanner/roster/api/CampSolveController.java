package org.campcoplanner.roster.api;

import org.campcoplanner.base.Texts;
import org.campcoplanner.roster.SolveAlreadyRunningException;
import org.campcoplanner.roster.SolvingService;
import org.campcoplanner.roster.Stability;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Solving a stored camp's draft over HTTP, the same background solve as the roster board's:
 * start it, ask how it stands, stop it. The result is saved into the draft as a board solve's is.
 */
@RestController
@RequestMapping("/api/camps/{campId}/solve")
class CampSolveController {

    /** Stopping saves the best roster so far on a solver thread; usually that takes well under a second. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final SolvingService solving;
    private final Texts texts;

    CampSolveController(SolvingService solving, Texts texts) {
        this.solving = solving;
        this.texts = texts;
    }

    /** Keeps the published roster as far as possible unless {@code fresh}. */
    @PostMapping
    @PreAuthorize("@campAccess.canPlan(#campId)")
    ResponseEntity<SolveState> start(@PathVariable long campId, @RequestParam(defaultValue = "30") int seconds,
                                     @RequestParam(defaultValue = "false") boolean fresh) {
        solving.start(campId, SolveSeconds.limits(seconds), fresh ? Stability.START_FRESH : Stability.KEEP_PUBLISHED,
                null);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(state(campId));
    }

    @GetMapping
    @PreAuthorize("@campAccess.canPlan(#campId)")
    SolveState state(@PathVariable long campId) {
        return SolveState.of(campId, solving.status(campId));
    }

    /** Answers once the best roster so far is saved, as when the board's Stop is pressed. */
    @DeleteMapping
    @PreAuthorize("@campAccess.canPlan(#campId)")
    SolveState stop(@PathVariable long campId) throws InterruptedException {
        solving.stop(campId);
        solving.awaitEnd(campId, STOP_WAIT);
        return state(campId);
    }

    @ExceptionHandler(SolveAlreadyRunningException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, String> alreadyRunning(SolveAlreadyRunningException e, Locale locale) {
        return Map.of("message", texts.say(e.text(), locale));
    }
}
