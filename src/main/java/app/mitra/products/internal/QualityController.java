package app.mitra.products.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.products.Batch;
import app.mitra.products.Batches;
import app.mitra.products.Element;
import app.mitra.products.ExposureDay;
import app.mitra.products.Exposures;
import app.mitra.products.Product;
import app.mitra.products.Products;
import app.mitra.products.QualityStatus;

/**
 * Product quality: per element, a chart of the µg taken each day against the daily limit (with a
 * table of the same figures), then what the certificates of the person's batches say, with sources.
 */
@Controller
class QualityController {

    private static final Set<Integer> RANGES = Set.of(7, 30, 90, 365);

    private final Exposures exposures;
    private final Batches batches;
    private final Products products;
    private final ContaminantLimits limits;
    private final Accounts accounts;

    QualityController(Exposures exposures, Batches batches, Products products, ContaminantLimits limits,
            Accounts accounts) {
        this.exposures = exposures;
        this.batches = batches;
        this.products = products;
        this.limits = limits;
        this.accounts = accounts;
    }

    /** A batch worth mentioning, with the product it belongs to. */
    record Noted(Product product, Batch batch) {
    }

    @GetMapping("/products/quality")
    String quality(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "30") int days,
            Model model) {
        int range = RANGES.contains(days) ? days : 30;
        LocalDate to = LocalDate.now(accounts.zone(user.id()));
        LocalDate from = to.minusDays(range - 1L);
        List<ExposureDay> exposure = exposures.days(user.id(), from, to);
        List<ExposureChart> charts = new ArrayList<>();
        for (Element element : Element.values()) {
            charts.add(ExposureChart.of(element, limits.element(element), exposure, from, to));
        }
        List<Noted> noted = new ArrayList<>();
        for (Product product : products.list(user.id(), true)) {
            batches.ofProduct(user.id(), product.id()).stream()
                    .filter(batch -> batch.evaluation().status() != QualityStatus.PASS)
                    .forEach(batch -> noted.add(new Noted(product, batch)));
        }
        model.addAttribute("range", range);
        model.addAttribute("ranges", RANGES.stream().sorted().toList());
        model.addAttribute("charts", charts);
        model.addAttribute("anyDoses", !exposure.isEmpty());
        model.addAttribute("noted", noted);
        model.addAttribute("limits", limits);
        return "products/quality";
    }
}
