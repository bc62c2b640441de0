package org.campcoplanner.base.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.campcoplanner.base.Texts;
import org.campcoplanner.planning.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * API request bodies have a size limit ({@code camp.api.max-request-size}, by default the largest
 * plan file the format takes): a body announced as bigger is refused with 413 before a byte of it
 * is read, and one sent without a length stops being read at the limit (also 413, through
 * {@link InvalidFormAdvice}). The web app's uploads have their own limits.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ObjectMapper json;
    private final Texts texts;
    private final LocaleResolver locales;

    RequestBodyLimit(@Value("${camp.api.max-request-size:10MB}") DataSize maxSize, ObjectMapper json, Texts texts,
                     @Lazy LocaleResolver locales) {
        this.maxBytes = maxSize.toBytes();
        this.json = json;
        this.texts = texts;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(),
                    Map.of("message", texts.say(message(maxBytes), locales.resolveLocale(request))));
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    static Text message(long maxBytes) {
        return Text.of("base.api.too-large", DataSize.ofBytes(maxBytes).toMegabytes());
    }

    /** Reading on past the limit fails. */
    static final class TooLargeException extends IOException {

        private final transient Text text;

        TooLargeException(long maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes");
            this.text = message(maxBytes);
        }

        Text text() {
            return text;
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream(), maxBytes);
            }
            return limited;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        LimitedStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
