package app.mitra.common.limits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the web app's forms with a file show of the upload limit: the limit itself, which the page
 * states and {@code upload-limit.js} checks before a byte is sent, and a refusal as a calm form error
 * ({@code fragments/upload}), never an error page.
 */
@ControllerAdvice(annotations = Controller.class)
public class UploadForms {

    /** A file found over a limit while it was read (a line, rows, a zip): the reason, in words. */
    public static final String LIMIT_PROBLEM = "limitProblem";

    private final Limits limits;

    UploadForms(Limits limits) {
        this.limits = limits;
    }

    /** The largest file a form takes, in bytes and in words. */
    public record UploadLimit(long bytes, String shown) {
    }

    @ModelAttribute("uploadLimit")
    UploadLimit uploadLimit() {
        return new UploadLimit(limits.importBytes().toBytes(), limits.shown(Limit.IMPORT_BYTES));
    }

    /** Puts a refusal where the form's page shows it. */
    public static void refused(Model model, LimitExceededException e) {
        model.addAttribute(e.isBody() ? BodyLimitFilter.TOO_LARGE : LIMIT_PROBLEM, e.getMessage());
    }
}
