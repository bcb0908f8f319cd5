package app.mitra.products.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import app.mitra.accounts.Account;
import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.accounts.Registration;
import app.mitra.journal.DoseInput;
import app.mitra.journal.Journal;
import app.mitra.journal.Unit;
import app.mitra.products.Batch;
import app.mitra.products.Batches;
import app.mitra.products.Form;
import app.mitra.products.Product;
import app.mitra.products.ProductInput;
import app.mitra.products.Products;

@SpringBootTest(properties = { "mitra.data-dir=target/test-data/quality-pages-${random.uuid}",
        "mitra.accounts.registration=open" })
@AutoConfigureMockMvc
class QualityPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Products products;
    @Autowired
    Batches batches;
    @Autowired
    Journal journal;

    private AccountUser person() {
        Account account = accounts.register(new Registration("q" + UUID.randomUUID().toString().substring(0, 8),
                "amber-meadow-window-6", "UTC", null));
        return new AccountUser(account.id(), account.username(), account.roles(), null);
    }

    private Product product(AccountUser person) {
        return products.create(person.id(), new ProductInput(null, "Green", "Leafy", null, null, Form.POWDER, null,
                null, null)).value();
    }

    @Test
    void aBatchWithItsCertificateIsAddedFromTheProductPageAndShowsItsBadge() throws Exception {
        AccountUser person = person();
        Product product = product(person);
        mvc.perform(get("/products/" + product.id()).with(user(person))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No batches yet.")));
        mvc.perform(post("/products/" + product.id() + "/batches").with(user(person)).with(csrf())
                .param("batchCode", "G-1").param("leadUgPerG", "0.4").param("salmonella", "DETECTED"))
                .andExpect(redirectedUrl("/products/" + product.id()));
        Batch batch = batches.ofProduct(person.id(), product.id()).get(0);
        assertThat(batch.coa().leadUgPerG()).isEqualTo(0.4);
        mvc.perform(get("/products/" + product.id()).with(user(person)))
                .andExpect(content().string(allOf(containsString("G-1"), containsString("Salmonella detected"),
                        containsString("status-fail"))));
        mvc.perform(get("/products").with(user(person))).andExpect(content().string(containsString("Problem")));
        mvc.perform(get("/batches/" + batch.id() + "/edit").with(user(person)))
                .andExpect(content().string(containsString("value=\"0.4\"")));
    }

    @Test
    void aRefusedBatchFormComesBackWithEveryProblemNextToItsField() throws Exception {
        AccountUser person = person();
        Product product = product(person);
        mvc.perform(post("/products/" + product.id() + "/batches").with(user(person)).with(csrf())
                .param("batchCode", "").param("leadUgPerG", "lots").param("mitragyninePercent", "150"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"batchCode-error\""),
                        containsString("id=\"leadUgPerG-error\""), containsString("id=\"mitragyninePercent-error\""),
                        containsString("value=\"lots\""))));
        assertThat(batches.ofProduct(person.id(), product.id())).isEmpty();
    }

    @Test
    void aBadUploadListsItsProblemsByLineAndAGoodOneSavesTheBatches() throws Exception {
        AccountUser person = person();
        Product product = product(person);
        MockMultipartFile bad = new MockMultipartFile("file", "coa.csv", "text/csv",
                "batchCode,leadUgPerG\nA-1,0.3\nA-2,lots\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/products/" + product.id() + "/batches/upload").file(bad).with(user(person)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Line 3, leadUgPerG")));
        assertThat(batches.ofProduct(person.id(), product.id())).isEmpty();
        MockMultipartFile good = new MockMultipartFile("file", "coa.csv", "text/csv",
                "batchCode,leadUgPerG\nA-1,0.3\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/products/" + product.id() + "/batches/upload").file(good).with(user(person)).with(csrf()))
                .andExpect(redirectedUrl("/products/" + product.id()));
        assertThat(batches.ofProduct(person.id(), product.id())).hasSize(1);
    }

    @Test
    void theQualityScreenChartsEachElementWithATableAndTheRecallPageImports() throws Exception {
        AccountUser person = person();
        Product product = product(person);
        mvc.perform(post("/products/" + product.id() + "/batches").with(user(person)).with(csrf())
                .param("batchCode", "G-1").param("leadUgPerG", "2"));
        Batch batch = batches.ofProduct(person.id(), product.id()).get(0);
        journal.createDose(person.id(), new DoseInput(null, Instant.now().minusSeconds(60), Form.POWDER, 3.0, Unit.G,
                product.id(), batch.id(), null, null));
        mvc.perform(get("/products/quality?days=7").with(user(person))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"exposure-lead\""),
                        containsString("class=\"bar over\""), containsString("6.00"), containsString("120 %"),
                        containsString("One day above the daily limit for lead"))));

        MockMultipartFile list = new MockMultipartFile("file", "recalls.csv", "text/csv",
                "vendor,product,batch,reason,source,date\nLeafy,Green,,Lead,FDA,2026-03-01\n"
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/products/recalls").file(list).with(user(person)).with(csrf()))
                .andExpect(redirectedUrl("/products/recalls"));
        mvc.perform(get("/products/recalls").with(user(person)))
                .andExpect(content().string(containsString("Green, batch G-1, is on a recall list")));
        mvc.perform(get("/today").with(user(person)))
                .andExpect(content().string(containsString("Green, batch G-1, is on a recall list")));
    }

    @Test
    void theDoseFormOffersTheChosenProductsBatchesAndAnotherPersonsProductHasNone() throws Exception {
        AccountUser person = person();
        Product product = product(person);
        batches.create(person.id(), product.id(), new app.mitra.products.BatchInput(null, "G-7", null, null));
        mvc.perform(get("/doses/batch-field?productId=" + product.id()).with(user(person)))
                .andExpect(content().string(allOf(containsString("id=\"batch-field\""), containsString("G-7"))));
        mvc.perform(get("/doses/batch-field?productId=" + product.id()).with(user(person())))
                .andExpect(content().string(allOf(containsString("id=\"batch-field\""), not(containsString("G-7")))));
        mvc.perform(get("/products/" + product.id()).with(user(person()))).andExpect(status().isNotFound());
    }
}
