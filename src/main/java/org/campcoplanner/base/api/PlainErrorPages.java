package org.campcoplanner.base.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The product's own page when a plain link (an export, a feed) is refused or fails in a browser, in
 * place of Spring's "Whitelabel Error Page"; API clients still get the JSON error. One page, worded by
 * the status: the pages of the app itself come from Vaadin's error views.
 */
@Component
class PlainErrorPages implements ErrorViewResolver {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%1$s | Camp co-planner</title>
            <style>
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1a2733; }
            header { background: #1e6b52; color: #fff; padding: 0.75rem 1rem; font-weight: 600; }
            main { max-width: 40rem; padding: 1.5rem 1rem; }
            a { color: #1e6b52; }
            </style>
            </head>
            <body>
            <header>Camp co-planner</header>
            <main>
            <h1>%1$s</h1>
            <p>%2$s</p>
            <p><a href="/">Back to the start</a></p>
            </main>
            </body>
            </html>
            """;

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Words words = words(status);
        byte[] html = PAGE.formatted(words.title(), words.text()).getBytes(StandardCharsets.UTF_8);
        View page = (ignored, in, response) -> {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.getOutputStream().write(html);
        };
        ModelAndView answer = new ModelAndView(page);
        answer.setStatus(status);
        return answer;
    }

    private static Words words(HttpStatus status) {
        if (status == HttpStatus.FORBIDDEN) {
            return new Words("Not allowed", "Your account may not open this address. Sign in with the account "
                    + "that may, or ask the camp coordinator.");
        }
        if (status == HttpStatus.NOT_FOUND) {
            return new Words("Not found", "There is nothing at this address. It may have moved, or the link may "
                    + "be incomplete or old.");
        }
        if (status.is4xxClientError()) {
            return new Words("This request could not be answered", "The address or what was sent with it is not "
                    + "one the camp co-planner can answer. Go back and try again from the page you came from.");
        }
        return new Words("Something went wrong", "A fault on our side stopped this request. Try again in a "
                + "moment; if it happens again, tell the camp coordinator what you were doing and when.");
    }

    private record Words(String title, String text) {
    }
}
