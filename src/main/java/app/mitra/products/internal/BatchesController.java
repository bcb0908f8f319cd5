package app.mitra.products.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.products.Batch;
import app.mitra.products.Batches;
import app.mitra.products.FileRefusedException;
import app.mitra.products.Product;
import app.mitra.products.Products;

/** A product's page: its batches with their standing and findings, a batch form with the certificate, and uploads. */
@Controller
class BatchesController {

    private final Products products;
    private final Batches batches;
    private final FormProblems formProblems;
    private final Uploads uploads;

    BatchesController(Products products, Batches batches, FormProblems formProblems, Uploads uploads) {
        this.products = products;
        this.batches = batches;
        this.formProblems = formProblems;
        this.uploads = uploads;
    }

    @GetMapping("/products/{id}")
    String product(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model, BatchForm.blank());
    }

    @PostMapping("/products/{id}/batches")
    String create(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, @ModelAttribute BatchForm batchForm,
            Model model, RedirectAttributes redirect, Locale locale) {
        products.get(user.id(), id);
        try {
            batches.create(user.id(), id, batchForm.input());
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", formProblems.of(refused, locale));
            model.addAttribute("adding", true);
            return page(user, id, model, batchForm);
        }
        redirect.addFlashAttribute("flash", "flash.batchSaved");
        return "redirect:/products/" + id;
    }

    /** A file of certificate values; a refused file lists its problems by line and saves nothing. */
    @PostMapping("/products/{id}/batches/upload")
    String upload(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        products.get(user.id(), id);
        try (InputStream in = uploads.bounded(file, Limit.IMPORT_BYTES)) {
            batches.importFile(user.id(), id, in);
        } catch (FileRefusedException refused) {
            model.addAttribute("fileProblems", refused.problems());
            return page(user, id, model, BatchForm.blank());
        } catch (LimitExceededException over) {
            UploadForms.refused(model, over);
            return page(user, id, model, BatchForm.blank());
        }
        redirect.addFlashAttribute("flash", "flash.batchesImported");
        return "redirect:/products/" + id;
    }

    @GetMapping("/batches/{id}/edit")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        Batch batch = batches.get(user.id(), id);
        return editPage(user, batch, model, BatchForm.editing(batch));
    }

    @PostMapping("/batches/{id}")
    String update(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, @ModelAttribute BatchForm batchForm,
            Model model, RedirectAttributes redirect, Locale locale) {
        Batch batch = batches.get(user.id(), id);
        try {
            batches.update(user.id(), id, batchForm.input());
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", formProblems.of(refused, locale));
            return editPage(user, batch, model, batchForm);
        }
        redirect.addFlashAttribute("flash", "flash.batchSaved");
        return "redirect:/products/" + batch.productId();
    }

    @GetMapping("/batches/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("batch", batches.get(user.id(), id));
        return "products/batch-delete";
    }

    @PostMapping("/batches/{id}/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Batch batch = batches.get(user.id(), id);
        batches.delete(user.id(), id);
        redirect.addFlashAttribute("flash", "flash.batchDeleted");
        return "redirect:/products/" + batch.productId();
    }

    private String page(AccountUser user, UUID id, Model model, BatchForm batchForm) {
        Product product = products.get(user.id(), id);
        model.addAttribute("product", product);
        model.addAttribute("batches", batches.ofProduct(user.id(), id));
        model.addAttribute("batchForm", batchForm);
        return "products/product";
    }

    private String editPage(AccountUser user, Batch batch, Model model, BatchForm batchForm) {
        model.addAttribute("product", products.get(user.id(), batch.productId()));
        model.addAttribute("batch", batch);
        model.addAttribute("batchForm", batchForm);
        return "products/batch-edit";
    }
}
