package org.campcoplanner.base.api;

import jakarta.servlet.http.HttpServletRequest;
import org.campcoplanner.base.Language;
import org.campcoplanner.base.Texts;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;

/**
 * The product's own page when a plain link (an export, a feed) is refused or fails in a browser, in
 * place of Spring's "Whitelabel Error Page"; API clients still get the JSON error. One page, worded by
 * the status, in the first of the browser's languages the app speaks: the pages of the app itself come
 * from Vaadin's error views.
 */
@Component
class PlainErrorPages implements ErrorViewResolver {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="%3$s">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%1$s | %4$s</title>
            <style>
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1a2733; }
            header { background: #1e6b52; color: #fff; padding: 0.75rem 1rem; font-weight: 600; }
            main { max-width: 40rem; padding: 1.5rem 1rem; }
            a { color: #1e6b52; }
            </style>
            </head>
            <body>
            <header>%4$s</header>
            <main>
            <h1>%1$s</h1>
            <p>%2$s</p>
            <p><a href="/">%5$s</a></p>
            </main>
            </body>
            </html>
            """;

    private final Texts texts;

    PlainErrorPages(Texts texts) {
        this.texts = texts;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Language language = Language.firstSpoken(Collections.list(request.getLocales()));
        Locale locale = language.locale();
        String words = "base.plain." + words(status) + ".";
        byte[] html = PAGE.formatted(escaped(texts.say(locale, words + "title")), escaped(texts.say(locale, words + "text")),
                language.tag(), escaped(texts.say(locale, "base.app.name")), escaped(texts.say(locale, "base.error.back")))
                .getBytes(StandardCharsets.UTF_8);
        View page = (ignored, in, response) -> {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.getOutputStream().write(html);
        };
        ModelAndView answer = new ModelAndView(page);
        answer.setStatus(status);
        return answer;
    }

    /** Which page's words a status gets: {@code base.plain.not-found.title} and so on. */
    private static String words(HttpStatus status) {
        if (status == HttpStatus.FORBIDDEN) {
            return "forbidden";
        }
        if (status == HttpStatus.NOT_FOUND) {
            return "not-found";
        }
        return status.is4xxClientError() ? "refused" : "failed";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
