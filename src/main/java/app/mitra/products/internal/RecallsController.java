package app.mitra.products.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.mitra.accounts.AccountUser;
import app.mitra.common.limits.Limit;
import app.mitra.common.limits.LimitExceededException;
import app.mitra.common.limits.UploadForms;
import app.mitra.common.limits.Uploads;
import app.mitra.products.FileRefusedException;
import app.mitra.products.Recalls;

/** Recall lists: upload a CSV, see what was imported and which of your batches it names, remove one. */
@Controller
class RecallsController {

    private final Recalls recalls;
    private final Uploads uploads;

    RecallsController(Recalls recalls, Uploads uploads) {
        this.recalls = recalls;
        this.uploads = uploads;
    }

    @GetMapping("/products/recalls")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        return page(user, model);
    }

    @PostMapping("/products/recalls")
    String importCsv(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        try (InputStream in = uploads.bounded(file, Limit.IMPORT_BYTES)) {
            recalls.importCsv(user.id(), in);
        } catch (FileRefusedException refused) {
            model.addAttribute("fileProblems", refused.problems());
            return page(user, model);
        } catch (LimitExceededException over) {
            UploadForms.refused(model, over);
            return page(user, model);
        }
        redirect.addFlashAttribute("flash", "flash.recallsImported");
        return "redirect:/products/recalls";
    }

    @PostMapping("/products/recalls/{id}/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        recalls.delete(user.id(), id);
        redirect.addFlashAttribute("flash", "flash.recallRemoved");
        return "redirect:/products/recalls";
    }

    private String page(AccountUser user, Model model) {
        model.addAttribute("recalls", recalls.list(user.id()));
        model.addAttribute("recalled", recalls.recalledBatches(user.id()));
        return "products/recalls";
    }
}
