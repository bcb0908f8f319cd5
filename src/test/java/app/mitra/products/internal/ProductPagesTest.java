package app.mitra.products.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import app.mitra.accounts.Account;
import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.accounts.Registration;
import app.mitra.products.Product;
import app.mitra.products.Products;

@SpringBootTest(properties = { "mitra.data-dir=target/test-data/product-pages-${random.uuid}",
        "mitra.accounts.registration=open" })
@AutoConfigureMockMvc
class ProductPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Products products;

    private AccountUser person() {
        Account account = accounts.register(new Registration("p" + UUID.randomUUID().toString().substring(0, 8),
                "amber-meadow-window-6", "UTC", null));
        return new AccountUser(account.id(), account.username(), account.roles(), null);
    }

    @Test
    void aProductIsAddedEditedArchivedAndRestored() throws Exception {
        AccountUser person = person();
        mvc.perform(post("/products").with(user(person)).with(csrf()).param("name", "Red Bali").param("vein", "RED")
                .param("form", "CAPSULES").param("capsuleMg", "500")).andExpect(redirectedUrl("/products"));
        Product product = products.list(person.id(), true).get(0);
        assertThat(product.capsuleMg()).isEqualTo(500);

        mvc.perform(post("/products/" + product.id()).with(user(person)).with(csrf()).param("name", "Red Bali")
                .param("form", "CAPSULES").param("capsuleMg", "750")).andExpect(redirectedUrl("/products"));
        mvc.perform(post("/products/" + product.id() + "/archive").with(user(person)).with(csrf()));
        assertThat(products.list(person.id(), false)).isEmpty();
        mvc.perform(post("/products/" + product.id() + "/unarchive").with(user(person)).with(csrf()));
        assertThat(products.get(person.id(), product.id()).capsuleMg()).isEqualTo(750);
        assertThat(products.get(person.id(), product.id()).archived()).isFalse();
    }

    @Test
    void capsulesWithoutASizeAreRefusedBesideTheSizeField() throws Exception {
        mvc.perform(post("/products").with(user(person())).with(csrf()).param("name", "Green Malay")
                        .param("form", "CAPSULES"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"capsuleMg-error\"")))
                .andExpect(content().string(containsString("value=\"Green Malay\"")));
    }

    @Test
    void anotherPersonsProductIsNotFound() throws Exception {
        AccountUser owner = person();
        mvc.perform(post("/products").with(user(owner)).with(csrf()).param("name", "Mine").param("form", "POWDER"));
        UUID id = products.list(owner.id(), true).get(0).id();
        mvc.perform(get("/products/" + id + "/edit").with(user(person()))).andExpect(status().isNotFound());
        mvc.perform(post("/products/" + id + "/archive").with(user(person())).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
