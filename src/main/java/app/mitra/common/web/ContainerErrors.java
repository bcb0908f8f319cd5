package app.mitra.common.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before any servlet sees them (a {@code %2F} or a NUL in the path, a space,
 * headers too large) get Tomcat's own error page; under /api they get a problem+json like every other
 * API error instead, and elsewhere that page without server details. (A request line Tomcat cannot
 * parse at all, such as raw non-ASCII bytes in the query, has no path to tell an API request by.)
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemReports.class.getName());
            }
        });
    }

    /** Tomcat makes it by class name, so it is public with a constructor of no arguments. */
    public static final class ProblemReports extends ErrorReportValve {

        public ProblemReports() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String path = request.getCoyoteRequest().requestURI().toString();
            if (response.getStatus() < 400 || response.getContentWritten() > 0 || path == null || !path.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            if (status == null) {
                super.report(request, response, throwable);
                return;
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json(ApiProblems.forStatus(status)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the answer already started; nothing more can be said
            }
        }

        private static String json(org.springframework.http.ProblemDetail problem) {
            return "{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle() + "\",\"status\":"
                    + problem.getStatus() + ",\"detail\":\"" + problem.getDetail() + "\"}";
        }
    }
}
