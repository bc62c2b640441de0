package org.campcoplanner.credits.api;

import jakarta.servlet.http.HttpServletRequest;
import org.campcoplanner.base.Language;
import org.campcoplanner.base.PreferredLanguages;
import org.campcoplanner.base.Texts;
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
import java.util.Collections;
import java.util.Locale;

/**
 * The signed-in person's statement of community-involvement hours as a PDF, behind the link on the
 * printable statement: signed in by the web session, like the plan download. Written in the language
 * the account keeps, which every page of theirs is in, else the browser's.
 */
@RestController
class StatementDownloadController {

    private final TimeCredits credits;
    private final HoursStatementPdf statements;
    private final PreferredLanguages languages;
    private final Texts texts;
    private final Clock clock;

    StatementDownloadController(TimeCredits credits, HoursStatementPdf statements, PreferredLanguages languages,
            Texts texts, Clock clock) {
        this.credits = credits;
        this.statements = statements;
        this.languages = languages;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/export/my-statement.pdf")
    ResponseEntity<byte[]> download(HttpServletRequest request) {
        Ledger mine = credits.mine().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Your account is not a person of a camp, so it has no statement of hours"));
        Locale language = languages.signedIn()
                .orElseGet(() -> Language.firstSpoken(Collections.list(request.getLocales()))).locale();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(texts.say(language, "credits.statement.file-name")).build().toString())
                .body(statements.of(mine, LocalDate.now(clock), language));
    }
}
