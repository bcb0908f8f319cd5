package app.mitra.common.web;

import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * An API request no mapping takes answers a problem, like every other API error, not an HTML page: a
 * 405 with {@code Allow} when the path exists with other methods (this catch-all takes every method,
 * so Spring's own 405 never happens under /api), otherwise a 404.
 */
@RestController
@Hidden
class ApiFallback {

    private final RequestMappingHandlerMapping mappings;

    ApiFallback(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        Set<String> allowed = methodsAt(request);
        if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        throw new NotFoundException("API route");
    }

    private Set<String> methodsAt(HttpServletRequest request) {
        Set<String> methods = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType() != ApiFallback.class && matchesPath(info, request)) {
                info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            }
        });
        if (methods.contains(RequestMethod.GET.name())) {
            methods.add(RequestMethod.HEAD.name());
        }
        return methods;
    }

    private static boolean matchesPath(RequestMappingInfo info, HttpServletRequest request) {
        return info.getPathPatternsCondition() != null && info.getPathPatternsCondition().getMatchingCondition(request) != null;
    }
}
