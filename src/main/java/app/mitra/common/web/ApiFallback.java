package app.mitra.common.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/** An API path that names nothing answers a 404 problem, like every other API error, not an HTML page. */
@RestController
@Hidden
class ApiFallback {

    @RequestMapping("/api/**")
    void unknown() {
        throw new NotFoundException("API route");
    }
}
