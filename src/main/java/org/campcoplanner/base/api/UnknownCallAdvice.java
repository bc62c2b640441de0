package org.campcoplanner.base.api;

import jakarta.servlet.http.HttpServletRequest;
import org.campcoplanner.base.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A call the API does not have answers like every refusal of the API: a status that says so and
 * {@code {"message"}} in the call's language. Without this, an unknown path under {@code /api/} fell through to the web
 * app, which answered its HTML page with 200, and a client took that for success. (The web app
 * leaves {@code /api/**} alone: {@code vaadin.exclude-urls} in application.properties.)
 */
@RestControllerAdvice
class UnknownCallAdvice {

    private final Texts texts;

    UnknownCallAdvice(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<Map<String, String>> noSuchCall(HttpServletRequest request, Locale locale) {
        return json(HttpStatus.NOT_FOUND, new HttpHeaders(),
                texts.say(locale, "base.api.no-such-call", request.getMethod(), request.getRequestURI()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> noSuchMethod(HttpRequestMethodNotSupportedException e,
                                                     HttpServletRequest request, Locale locale) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods() == null ? Set.of() : e.getSupportedHttpMethods();
        HttpHeaders headers = new HttpHeaders();
        headers.setAllow(allowed);
        String methods = allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
        return json(HttpStatus.METHOD_NOT_ALLOWED, headers, methods.isEmpty()
                ? texts.say(locale, "base.api.no-such-method.none", request.getRequestURI(), request.getMethod())
                : texts.say(locale, "base.api.no-such-method", request.getRequestURI(), request.getMethod(), methods));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> notJson(HttpMediaTypeNotSupportedException e, Locale locale) {
        return json(HttpStatus.UNSUPPORTED_MEDIA_TYPE, new HttpHeaders(), texts.say(locale, "base.api.not-json",
                e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", ")),
                String.valueOf(e.getContentType())));
    }

    private static ResponseEntity<Map<String, String>> json(HttpStatus status, HttpHeaders headers, String message) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", message));
    }
}
