package app.mitra.products.internal;

import java.math.BigDecimal;

import app.mitra.common.web.FormValues;
import app.mitra.products.Form;
import app.mitra.products.Product;
import app.mitra.products.ProductInput;
import app.mitra.products.Vein;

/** The product form as typed, so a refused form comes back as it was sent. */
record ProductForm(String name, String vendor, String strain, String vein, String form, String capsuleMg,
        String extractRatio, String alkaloidMgPerUnit) {

    static ProductForm blank() {
        return new ProductForm(null, null, null, null, Form.POWDER.name(), null, null, null);
    }

    static ProductForm editing(Product p) {
        return new ProductForm(p.name(), p.vendor(), p.strain(), p.vein() == null ? null : p.vein().name(),
                p.form().name(), p.capsuleMg() == null ? null : p.capsuleMg().toString(), plain(p.extractRatio()),
                plain(p.alkaloidMgPerUnit()));
    }

    ProductInput input() {
        FormValues values = new FormValues();
        Vein productVein = values.choice(vein, Vein.class, "vein");
        Form productForm = values.choice(form, Form.class, "form");
        Integer capsule = values.integer(capsuleMg, "capsuleMg");
        Double ratio = values.decimal(extractRatio, "extractRatio");
        Double alkaloid = values.decimal(alkaloidMgPerUnit, "alkaloidMgPerUnit");
        return values.build(() -> new ProductInput(null, name, vendor, strain, productVein, productForm, capsule, ratio,
                alkaloid));
    }

    private static String plain(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
