package app.mitra.products.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.common.Created;
import app.mitra.common.web.InvalidInputException;
import app.mitra.products.Form;
import app.mitra.products.Product;
import app.mitra.products.ProductInput;
import app.mitra.products.Products;
import app.mitra.products.Vein;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
class ProductsApiController {

    private final Products products;

    ProductsApiController(Products products) {
        this.products = products;
    }

    record ProductRequest(UUID id, String name, String vendor, String strain, Vein vein, Form form, Integer capsuleMg,
            Double extractRatio, Double alkaloidMgPerUnit, Boolean archived) {

        ProductInput input(UUID forcedId) {
            return new ProductInput(forcedId, name, vendor, strain, vein, form, capsuleMg, extractRatio,
                    alkaloidMgPerUnit);
        }
    }

    record ProductList(List<Product> items) {
    }

    @PostMapping
    ResponseEntity<Product> create(@AuthenticationPrincipal AccountUser user, @RequestBody ProductRequest body) {
        Created<Product> created = products.create(user.id(), body.input(body.id()));
        return ResponseEntity.status(created.created() ? HttpStatus.CREATED : HttpStatus.OK).body(created.value());
    }

    @GetMapping
    ProductList list(@AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "false") boolean includeArchived) {
        return new ProductList(products.list(user.id(), includeArchived));
    }

    @GetMapping("/{id}")
    Product get(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return products.get(user.id(), id);
    }

    @PutMapping("/{id}")
    Product update(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, @RequestBody ProductRequest body) {
        if (body.id() != null && !body.id().equals(id)) {
            throw new InvalidInputException("id", "differs from the id in the path");
        }
        Product updated = products.update(user.id(), id, body.input(id));
        return body.archived() == null ? updated : products.setArchived(user.id(), id, body.archived());
    }
}
