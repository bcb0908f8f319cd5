package app.mitra.common.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.common.limits.Limits;

/** An {@link Error} in an API handler is logged and answered as a problem, never Spring's default body. */
class ErrorProblemsTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ApiProblems(Limits.DEFAULTS)).build();

    @Test
    void runningOutOfMemoryInAHandlerAnswers503AsAProblem() throws Exception {
        mvc.perform(get("/api/v1/memory")).andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:mitra:problem:unavailable"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing was changed")));
    }

    @Test
    void anyOtherErrorAnswers500AsAProblemWithoutSayingWhat() throws Exception {
        mvc.perform(get("/api/v1/stack")).andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:mitra:problem:internal"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Stack"))));
    }

    @RestController
    static class Failing {

        @GetMapping("/api/v1/memory")
        String memory() {
            throw new OutOfMemoryError("Java heap space");
        }

        @GetMapping("/api/v1/stack")
        String stack() {
            throw new StackOverflowError();
        }
    }
}
