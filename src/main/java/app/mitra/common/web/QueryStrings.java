package app.mitra.common.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string the servlet container cannot read ({@code ?=x}, {@code ?from=%ZZ}, a lone
 * {@code %}, bytes that are not UTF-8, too many parameters) with a 400 before anything asks for a
 * parameter. Tomcat throws from every parameter lookup on such a request, wherever it happens: in a
 * controller (a 500), while choosing one (Spring Boot's own JSON) or in a template (a 500 page). The
 * 400 is answered by {@link ErrorAnswers}: a problem on the API, the friendly error page on the web.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class QueryStrings extends OncePerRequestFilter {

    private final int maxParameters;

    QueryStrings(@Value("${server.tomcat.max-parameter-count:1000}") int maxParameters) {
        this.maxParameters = maxParameters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!readable(request.getQueryString(), maxParameters)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether Tomcat reads every parameter of the query string: names not empty, escapes complete, UTF-8. */
    static boolean readable(String query, int maxParameters) {
        if (query == null || query.isEmpty()) {
            return true;
        }
        int parameters = 0;
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (name.isEmpty() || !decodes(name) || (equals >= 0 && !decodes(pair.substring(equals + 1)))) {
                return false;
            }
            parameters++;
        }
        return maxParameters < 0 || parameters <= maxParameters;
    }

    private static boolean decodes(String escaped) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '%') {
                if (i + 2 >= escaped.length()) {
                    return false;
                }
                int high = Character.digit(escaped.charAt(i + 1), 16);
                int low = Character.digit(escaped.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7f) {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
