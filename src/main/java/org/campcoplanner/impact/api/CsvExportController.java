package org.campcoplanner.impact.api;

import jakarta.servlet.http.HttpServletRequest;
import org.campcoplanner.base.Language;
import org.campcoplanner.base.PreferredLanguages;
import org.campcoplanner.impact.CampExports;
import org.campcoplanner.impact.CsvExport;
import org.campcoplanner.impact.CampPeriod;
import org.campcoplanner.impact.ImpactService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;

/**
 * A camp's CSV files: under {@code /export} for the impact page's links (signed in by the web
 * session), and under {@code /api} for batch jobs (HTTP Basic). Headings are in the account's
 * language, else the caller's first spoken one.
 */
@RestController
class CsvExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CampExports exports;
    private final ImpactService impact;
    private final PreferredLanguages languages;

    CsvExportController(CampExports exports, ImpactService impact, PreferredLanguages languages) {
        this.exports = exports;
        this.impact = impact;
        this.languages = languages;
    }

    @GetMapping({"/export/camps/{campId}/roster.csv", "/api/camps/{campId}/roster.csv"})
    ResponseEntity<byte[]> roster(@PathVariable long campId, HttpServletRequest request) {
        return send(exports.roster(campId, reader(request)));
    }

    @GetMapping({"/export/camps/{campId}/attendance.csv", "/api/camps/{campId}/attendance.csv"})
    ResponseEntity<byte[]> attendance(@PathVariable long campId, HttpServletRequest request) {
        return send(exports.attendance(campId, reader(request)));
    }

    @GetMapping({"/export/camps/{campId}/hours.csv", "/api/camps/{campId}/hours.csv"})
    ResponseEntity<byte[]> hours(@PathVariable long campId, HttpServletRequest request) {
        return send(exports.hours(campId, reader(request)));
    }

    @GetMapping({"/export/camps/{campId}/credits.csv", "/api/camps/{campId}/credits.csv"})
    ResponseEntity<byte[]> credits(@PathVariable long campId, HttpServletRequest request) {
        return send(exports.ledger(campId, reader(request)));
    }

    @GetMapping({"/export/camps/{campId}/impact.csv", "/api/camps/{campId}/impact.csv"})
    ResponseEntity<byte[]> figures(@PathVariable long campId,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   HttpServletRequest request) {
        CampPeriod days = impact.periodOr(campId, from, to);
        return send(exports.figures(campId, days.first(), days.last(), reader(request)));
    }

    private Locale reader(HttpServletRequest request) {
        return languages.signedIn().orElseGet(() -> Language.firstSpoken(Collections.list(request.getLocales()))).locale();
    }

    private static ResponseEntity<byte[]> send(CsvExport export) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.filename()).build().toString())
                .body(export.bytes());
    }
}
