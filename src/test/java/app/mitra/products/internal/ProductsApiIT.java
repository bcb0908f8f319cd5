package app.mitra.products.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.common.Ids;
import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraOnSqlite;

@MitraOnSqlite
@TestInstance(Lifecycle.PER_CLASS)
class ProductsApiIT {

    @LocalServerPort
    int port;

    private Api api;
    private User alice;

    @BeforeAll
    void signUp() {
        api = new Api(port);
        alice = api.newUser();
    }

    private static List<String> names(Answer list) {
        List<String> names = new ArrayList<>();
        list.json().get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    @Test
    void aProductIsCreatedReadEditedArchivedAndListed() {
        User owner = api.newUser();
        Answer created = api.post(owner, "/api/v1/products", """
                {"name": "Red Bali", "vendor": "Leafy", "strain": "Bali", "vein": "RED", "form": "POWDER",
                 "alkaloidMgPerUnit": 15}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = created.id();
        assertThat(created.text("vein")).isEqualTo("RED");
        assertThat(created.json().get("archived").asBoolean()).isFalse();
        assertThat(api.get(owner, "/api/v1/products/" + id).json()).isEqualTo(created.json());

        Answer edited = api.put(owner, "/api/v1/products/" + id, """
                {"name": "Red Bali tea", "form": "TEA"}""");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("form")).isEqualTo("TEA");
        assertThat(edited.json().get("vendor").isNull()).isTrue();

        api.post(owner, "/api/v1/products", "{\"name\": \"Another\", \"form\": \"POWDER\"}");
        Answer archived = api.put(owner, "/api/v1/products/" + id, """
                {"name": "Red Bali tea", "form": "TEA", "archived": true}""");
        assertThat(archived.json().get("archived").asBoolean()).isTrue();
        assertThat(names(api.get(owner, "/api/v1/products"))).containsExactly("Another");
        assertThat(names(api.get(owner, "/api/v1/products?includeArchived=true")))
                .containsExactly("Another", "Red Bali tea");
    }

    @Test
    void aRepeatedCreateIsAnsweredWithTheStoredProductAndAChangedOneIsAConflict() {
        UUID id = Ids.newId();
        String body = "{\"id\": \"%s\", \"name\": \"Caps\", \"form\": \"CAPSULES\", \"capsuleMg\": %d}";
        Answer first = api.post(alice, "/api/v1/products", body.formatted(id, 500));
        Answer retry = api.post(alice, "/api/v1/products", body.formatted(id, 500));
        Answer changed = api.post(alice, "/api/v1/products", body.formatted(id, 600));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.isProblem()).isTrue();
    }

    @ParameterizedTest(name = "{0} is refused on {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"form\": \"POWDER\"}                                           | name",
        "{\"name\": \"X\"}                                                | form",
        "{\"name\": \"X\", \"form\": \"GUMMIES\"}                           | form",
        "{\"name\": \"X\", \"form\": \"POWDER\", \"vein\": \"PURPLE\"}        | vein",
        "{\"name\": \"X\", \"form\": \"CAPSULES\"}                          | capsuleMg",
        "{\"name\": \"X\", \"form\": \"CAPSULES\", \"capsuleMg\": 1.5}      | capsuleMg",
        "{\"name\": \"X\", \"form\": \"CAPSULES\", \"capsuleMg\": 9000}     | capsuleMg",
        "{\"name\": \"X\", \"form\": \"EXTRACT\", \"extractRatio\": \"ten\"} | extractRatio",
        "{\"name\": \"X\", \"form\": \"POWDER\", \"extractRatio\": 10}       | extractRatio",
        "{\"name\": \"X\", \"form\": \"EXTRACT\", \"alkaloidMgPerUnit\": 0} | alkaloidMgPerUnit",
        "{\"name\": [\"X\"], \"form\": \"POWDER\"}                          | name",
    })
    void badProductsAreRefusedWithTheFieldToFix(String body, String field) {
        for (Answer answer : List.of(api.post(alice, "/api/v1/products", body),
                api.put(alice, "/api/v1/products/" + Ids.newId(), body))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.errorFields()).contains(field);
        }
    }

    @Test
    void unreadableBodiesAndBadParametersAreBadRequests() {
        assertThat(api.post(alice, "/api/v1/products", "{\"name\":").status()).isEqualTo(400);
        Answer badFlag = api.get(alice, "/api/v1/products?includeArchived=perhaps");
        assertThat(badFlag.status()).isEqualTo(400);
        assertThat(badFlag.errorFields()).containsExactly("includeArchived");
        assertThat(api.get(alice, "/api/v1/products/not-a-uuid").errorFields()).containsExactly("id");
    }

    @Test
    void aMissingProductIsNotFound() {
        assertThat(api.get(alice, "/api/v1/products/" + Ids.newId()).status()).isEqualTo(404);
        assertThat(api.put(alice, "/api/v1/products/" + Ids.newId(), "{\"name\": \"X\", \"form\": \"POWDER\"}")
                .status()).isEqualTo(404);
    }
}
