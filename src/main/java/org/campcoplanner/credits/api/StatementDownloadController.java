package org.campcoplanner.credits.api;

import org.campcoplanner.credits.HoursStatementPdf;
import org.campcoplanner.credits.Ledger;
import org.campcoplanner.credits.TimeCredits;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The signed-in person's statement of community-involvement hours as a PDF, behind the link on the
 * printable statement: signed in by the web session, like the plan download.
 */
@RestController
class StatementDownloadController {

    private final TimeCredits credits;
    private final Clock clock;

    StatementDownloadController(TimeCredits credits, Clock clock) {
        this.credits = credits;
        this.clock = clock;
    }

    @GetMapping("/export/my-statement.pdf")
    ResponseEntity<byte[]> download() {
        Ledger mine = credits.mine().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Your account is not a person of a camp, so it has no statement of hours"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("community-involvement-hours.pdf").build().toString())
                .body(HoursStatementPdf.of(mine, LocalDate.now(clock)));
    }
}
