package org.campcoplanner.base.api;

import jakarta.servlet.http.HttpServletRequest;
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

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A call the API does not have answers like every refusal of the API: a status that says so and
 * {@code {"message"}}. Without this, an unknown path under {@code /api/} fell through to the web
 * app, which answered its HTML page with 200, and a client took that for success. (The web app
 * leaves {@code /api/**} alone: {@code vaadin.exclude-urls} in application.properties.)
 */
@RestControllerAdvice
class UnknownCallAdvice {

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<Map<String, String>> noSuchCall(HttpServletRequest request) {
        return json(HttpStatus.NOT_FOUND, new HttpHeaders(), "There is no API call " + request.getMethod() + " "
                + request.getRequestURI());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> noSuchMethod(HttpRequestMethodNotSupportedException e,
                                                     HttpServletRequest request) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods() == null ? Set.of() : e.getSupportedHttpMethods();
        HttpHeaders headers = new HttpHeaders();
        headers.setAllow(allowed);
        String methods = allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
        return json(HttpStatus.METHOD_NOT_ALLOWED, headers, request.getRequestURI() + " does not take "
                + request.getMethod() + (methods.isEmpty() ? "" : "; it takes " + methods));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> notJson(HttpMediaTypeNotSupportedException e) {
        return json(HttpStatus.UNSUPPORTED_MEDIA_TYPE, new HttpHeaders(), "This call takes "
                + e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "))
                + ", not " + e.getContentType());
    }

    private static ResponseEntity<Map<String, String>> json(HttpStatus status, HttpHeaders headers, String message) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", message));
    }
}
