package app.mitra.library.internal;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.mitra.accounts.AccountUser;
import app.mitra.library.CapsuleProducts;
import app.mitra.library.CapsuleProducts.CapsuleProduct;

/**
 * The tools: capsule calculator, tea guide with a timer, extract equivalence and teaspoon estimate.
 * Each is a GET form computed on the server (works without JavaScript); only the timer needs a script.
 * An answer that is not a number within reason comes back as a field message, never a guess.
 */
@Controller
class ToolsController {

    private final ObjectProvider<CapsuleProducts> capsuleProducts;

    ToolsController(ObjectProvider<CapsuleProducts> capsuleProducts) {
        this.capsuleProducts = capsuleProducts;
    }

    @GetMapping("/tools")
    String tools() {
        return "tools/index";
    }

    @GetMapping("/tools/capsules")
    String capsules(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String mgPerCapsule,
            @RequestParam(required = false) String grams, @RequestParam(required = false) String capsules, Model model) {
        List<CapsuleProduct> products = capsuleProducts.stream()
                .flatMap(source -> source.capsuleProducts(user.id()).stream()).toList();
        model.addAttribute("products", products);
        model.addAttribute("mgPerCapsule", mgPerCapsule);
        model.addAttribute("grams", grams);
        model.addAttribute("capsules", capsules);
        Double size = Calculators.positive(mgPerCapsule, 5000);
        Double g = Calculators.positive(grams, 1000);
        Double count = Calculators.positive(capsules, 1000);
        if (size != null && size.isNaN() || g != null && g.isNaN() || count != null && count.isNaN()) {
            model.addAttribute("problem", "tools.notANumber");
        } else if (size != null && g != null) {
            model.addAttribute("result", Calculators.capsulesFromGrams(g, (int) Math.round(size)));
        } else if (size != null && count != null) {
            model.addAttribute("result", Calculators.gramsFromCapsules(count, (int) Math.round(size)));
        }
        return "tools/capsules";
    }

    @GetMapping("/tools/tea")
    String tea() {
        return "tools/tea";
    }

    @GetMapping("/tools/extract")
    String extract(@RequestParam(required = false) String grams, @RequestParam(required = false) String ratio,
            @RequestParam(required = false) String labelledMg, Model model) {
        model.addAttribute("grams", grams);
        model.addAttribute("ratio", ratio);
        model.addAttribute("labelledMg", labelledMg);
        Double mass = Calculators.positive(grams, 1000);
        Double times = Calculators.positive(ratio, 1000);
        Double mg = Calculators.positive(labelledMg, 10_000);
        if (mass != null && mass.isNaN() || times != null && times.isNaN() || mg != null && mg.isNaN()) {
            model.addAttribute("problem", "tools.notANumber");
            return "tools/extract";
        }
        if (mass != null && times != null) {
            model.addAttribute("fromRatio", Calculators.leafFromRatio(mass, times));
        }
        if (mg != null) {
            model.addAttribute("fromLabel", Calculators.leafFromLabelledMg(mg));
        }
        return "tools/extract";
    }

    @GetMapping("/tools/teaspoons")
    String teaspoons(@RequestParam(required = false) String teaspoons, Model model) {
        model.addAttribute("teaspoons", teaspoons);
        Double count = Calculators.positive(teaspoons, 100);
        if (count != null && count.isNaN()) {
            model.addAttribute("problem", "tools.notANumber");
        } else if (count != null) {
            model.addAttribute("result", Calculators.gramsFromTeaspoons(count));
        }
        return "tools/teaspoons";
    }
}
