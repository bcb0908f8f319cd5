package app.mitra.common.limits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every request body within its limit: a file sent to an upload path ({@link UploadPaths}) within
 * that path's limit, anything else within {@link Limits#jsonBytes()}. A declared length over the
 * limit is refused before a byte is read; a body without one (chunked) is counted as it is read and
 * refused one byte past it, so nothing larger is ever held. The API answers 413 problem+json naming
 * the setting; a web form goes back to its page with the reason. Runs before security, so no filter
 * behind it reads an unbounded body. It also answers for a failure no handler caught (an
 * {@link Error} such as running out of memory): problem+json on the API, never a stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class BodyLimitFilter extends OncePerRequestFilter {

    /** The limit of the request in hand, for handlers that meet a body too large themselves. */
    public static final String LIMIT = BodyLimitFilter.class.getName() + ".limit";
    /** The flash attribute a web form's page finds the refusal in. */
    public static final String TOO_LARGE = "tooLarge";
    /** A multipart upload's boundaries and form fields, on top of its file. */
    static final long MULTIPART_ALLOWANCE = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(BodyLimitFilter.class);

    private final Limits limits;
    private final Map<PathPattern, Limit> uploads = new LinkedHashMap<>();
    private final JsonMapper json;

    BodyLimitFilter(Limits limits, List<UploadPaths> uploadPaths, JsonMapper json) {
        this.limits = limits;
        this.json = json;
        uploadPaths.forEach(paths -> paths.patterns()
                .forEach(pattern -> uploads.put(PathPatternParser.defaultInstance.parse(pattern), paths.limit())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = limitOf(request);
        long allowed = limits.of(limit) + (isMultipart(request) ? MULTIPART_ALLOWANCE : 0);
        request.setAttribute(LIMIT, limit);
        if (request.getContentLengthLong() > allowed) {
            refuse(request, response, LimitExceededException.body(limits, limit));
            return;
        }
        try {
            chain.doFilter(new Bounded(request, allowed, () -> LimitExceededException.body(limits, limit)), response);
        } catch (LimitExceededException e) {
            refuse(request, response, e);
        } catch (Error e) {
            failed(request, response, e);
        }
    }

    private Limit limitOf(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return uploads.entrySet().stream().filter(upload -> upload.getKey().matches(path)).map(Map.Entry::getValue)
                .findFirst().orElse(Limit.JSON_BYTES);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The API answers the problem; a web form is sent back to the page it was on (the Referer of the
     * same server) with the reason as a flash attribute. Without such a page, the error page.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, LimitExceededException e)
            throws IOException {
        if (response.isCommitted()) {
            throw e;
        }
        response.resetBuffer();
        if (isApi(request)) {
            writeProblem(response, LimitProblems.of(e));
            return;
        }
        String page = samePage(request);
        if (page == null) {
            response.sendError(e.isBody() ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
            return;
        }
        FlashMap flash = new FlashMap();
        flash.put(TOO_LARGE, e.getMessage());
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", page);
        } else {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", page);
        }
    }

    /** The page the form was sent from, when the Referer names one of this server's own. */
    private static String samePage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            boolean same = request.getServerName().equalsIgnoreCase(from.getHost())
                    && (from.getPort() == -1 || from.getPort() == request.getServerPort());
            return same && from.getRawPath() != null && from.getRawPath().startsWith("/") ? from.getRawPath() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, Error e) throws IOException {
        log.error("A request failed with {}", e.getClass().getSimpleName(), e);
        if (!isApi(request) || response.isCommitted()) {
            throw e;
        }
        response.resetBuffer();
        writeProblem(response, LimitProblems.failure(e));
    }

    private void writeProblem(HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** The request with its body read through a count that refuses it one byte past {@code allowed}. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long allowed;
        private final Supplier<LimitExceededException> over;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long allowed, Supplier<LimitExceededException> over) {
            super(request);
            this.allowed = allowed;
            this.over = over;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream raw = super.getInputStream();
                InputStream counted = new MeteredInputStream(raw, allowed, over);
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        return counted.read();
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        return counted.read(buffer, offset, length);
                    }

                    @Override
                    public boolean isFinished() {
                        return raw.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return raw.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        raw.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
        }
    }
}
