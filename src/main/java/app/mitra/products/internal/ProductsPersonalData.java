package app.mitra.products.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.mitra.accounts.PersonalTables;

/** Account deletion reaches the products module: every table of it that holds a person's rows. */
@Component
class ProductsPersonalData extends PersonalTables {

    ProductsPersonalData(JdbcClient jdbc) {
        super(jdbc, "products_recall", "products_batch", "products_product");
    }
}
