package app.mitra.products.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.products.Batches;
import app.mitra.products.Product;
import app.mitra.products.Products;
import app.mitra.products.QualityStatus;

/** The person's products: list, add, edit, archive (hidden from the dose form, kept in history). */
@Controller
class ProductsController {

    private final Products products;
    private final Batches batches;
    private final FormProblems formProblems;

    ProductsController(Products products, Batches batches, FormProblems formProblems) {
        this.products = products;
        this.batches = batches;
        this.formProblems = formProblems;
    }

    @GetMapping("/products")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        return listPage(user, model, ProductForm.blank());
    }

    @PostMapping("/products")
    String create(@AuthenticationPrincipal AccountUser user, @ModelAttribute ProductForm productForm, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            products.create(user.id(), productForm.input());
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", formProblems.of(refused, locale));
            model.addAttribute("adding", true);
            return listPage(user, model, productForm);
        }
        redirect.addFlashAttribute("flash", "flash.productSaved");
        return "redirect:/products";
    }

    @GetMapping("/products/{id}/edit")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        return editPage(model, id, ProductForm.editing(products.get(user.id(), id)));
    }

    @PostMapping("/products/{id}")
    String update(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id,
            @ModelAttribute ProductForm productForm, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            products.update(user.id(), id, productForm.input());
        } catch (InvalidInputException refused) {
            products.get(user.id(), id);
            model.addAttribute("problems", formProblems.of(refused, locale));
            return editPage(model, id, productForm);
        }
        redirect.addFlashAttribute("flash", "flash.productSaved");
        return "redirect:/products";
    }

    @PostMapping("/products/{id}/archive")
    String archive(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        products.setArchived(user.id(), id, true);
        redirect.addFlashAttribute("flash", "flash.productArchived");
        return "redirect:/products";
    }

    @PostMapping("/products/{id}/unarchive")
    String unarchive(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        products.setArchived(user.id(), id, false);
        redirect.addFlashAttribute("flash", "flash.productRestored");
        return "redirect:/products";
    }

    private String listPage(AccountUser user, Model model, ProductForm productForm) {
        List<Product> all = products.list(user.id(), true);
        model.addAttribute("products", all);
        Map<UUID, QualityStatus> statuses = new HashMap<>();
        all.forEach(product -> statuses.put(product.id(), batches.status(user.id(), product.id())));
        model.addAttribute("statuses", statuses);
        model.addAttribute("productForm", productForm);
        return "products/list";
    }

    private String editPage(Model model, UUID id, ProductForm productForm) {
        model.addAttribute("productId", id);
        model.addAttribute("productForm", productForm);
        return "products/edit";
    }
}
