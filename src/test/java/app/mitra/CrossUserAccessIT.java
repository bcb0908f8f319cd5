package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.Browser;
import app.mitra.testing.MitraOnSqlite;

/**
 * Every /api/v1 route with an id in its path, called by one person with another person's real ids,
 * answers 404 exactly as for a missing id, and changes nothing. Routes come from Spring's own
 * mapping, so a route added later is walked too, and the test fails until its owner's id is known
 * here (add the resource to {@link #ownedBy}).
 */
@MitraOnSqlite
class CrossUserAccessIT {

    private static final Pattern VARIABLE = Pattern.compile("/([^/{}]+)/\\{([^}]+)}");
    private static final String MORNING = "2026-03-01T08:30:00Z";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** What the owner holds, by the path segment before the id: a real id and a valid body for writes. */
    private record Owned(String id, String body) {
    }

    private Map<String, Owned> ownedBy(Api api, User owner) {
        String product = api.post(owner, "/api/v1/products", """
                {"name": "Owner's caps", "form": "CAPSULES", "capsuleMg": 500}""").text("id");
        String checkIn = api.post(owner, "/api/v1/checkins", "{\"takenAt\": \"" + MORNING + "\", \"pain\": 5}")
                .text("id");
        String dose = api.post(owner, "/api/v1/doses", """
                {"takenAt": "%s", "form": "CAPSULES", "amount": 2, "unit": "capsules", "productId": "%s"}"""
                .formatted(MORNING, product)).text("id");
        String withdrawal = api.post(owner, "/api/v1/withdrawal", "{\"takenAt\": \"" + MORNING
                + "\", \"symptoms\": [{\"symptom\": \"aches\", \"score\": 2}]}").text("id");
        api.put(owner, "/api/v1/profile", """
                {"medications": ["Xanax 0.5 mg as needed"]}""");
        String finding = api.get(owner, "/api/v1/safety/findings").json().get("items").get(0).get("id").asString();
        String substance = api.post(owner, "/api/v1/substances", """
                {"takenAt": "%s", "kind": "MEDICINE", "name": "Xanax", "amount": 0.5, "unit": "mg"}"""
                .formatted(MORNING)).text("id");
        String token = api.send("POST", "/api/v1/tokens", Api.basic(owner.username(), Api.PASSWORD),
                "{\"name\": \"owner's phone\"}").text("id");
        // A batch with a certificate, and an imported recall list.
        String batch = api.post(owner, "/api/v1/products/" + product + "/batches", """
                {"batchCode": "OWN-1", "coa": {"leadUgPerG": 0.5}}""").text("id");
        api.post(owner, "/api/v1/recalls/import", "vendor,product,batch,reason,source,date\nV,P,,Lead,FDA,2026-03-01\n");
        String recall = api.get(owner, "/api/v1/recalls").json().get("items").get(0).get("id").asString();
        // A share link
        String share = api.post(owner, "/api/v1/shares", "{\"expiresInDays\": 3}").text("id");
        // Journal notes
        String note = api.post(owner, "/api/v1/notes", "{\"takenAt\": \"" + MORNING + "\", \"mood\": \"meh\"}")
                .text("id");
        // A browser session, signed in through the form
        new Browser(port).signIn(owner.username(), Api.PASSWORD);
        String session = api.get(owner, "/api/v1/account/sessions").json().get("items").get(0).get("id").asString();
        return Map.ofEntries(
                Map.entry("shares", new Owned(share, null)),
                Map.entry("sessions", new Owned(session, null)),
                Map.entry("notes", new Owned(note, "{\"takenAt\": \"" + MORNING + "\", \"text\": \"taken over\"}")),
                Map.entry("products", new Owned(product, "{\"name\": \"Taken over\", \"form\": \"POWDER\"}")),
                Map.entry("checkins", new Owned(checkIn, "{\"takenAt\": \"" + MORNING + "\", \"pain\": 9}")),
                Map.entry("doses", new Owned(dose, "{\"takenAt\": \"" + MORNING
                        + "\", \"form\": \"POWDER\", \"amount\": 9, \"unit\": \"g\"}")),
                Map.entry("withdrawal", new Owned(withdrawal, "{\"takenAt\": \"" + MORNING
                        + "\", \"symptoms\": [{\"symptom\": \"taken over\", \"score\": 4}]}")),
                Map.entry("substances", new Owned(substance, "{\"takenAt\": \"" + MORNING
                        + "\", \"kind\": \"ALCOHOL\", \"amount\": 9}")),
                Map.entry("tokens", new Owned(token, null)),
                Map.entry("findings", new Owned(finding, null)),
                Map.entry("batches", new Owned(batch, "{\"batchCode\": \"TAKEN\", \"coa\": {\"salmonella\": \"DETECTED\"}}")),
                Map.entry("recalls", new Owned(recall, null)));
    }

    private record Route(RequestMethod method, String pattern) {
    }

    // Legal rows and library articles: these variables name shared reference data, the same for everyone.
    private static final Set<String> SHARED_DATA = Set.of(
            "GET /api/v1/legal/jurisdictions/{code}", "GET /api/v1/library/articles/{slug}");

    private List<Route> routesWithIds() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/") && pattern.contains("{")) {
                    info.getMethodsCondition().getMethods().stream()
                            .filter(method -> !SHARED_DATA.contains(method + " " + pattern))
                            .forEach(method -> routes.add(new Route(method, pattern)));
                }
            }
        }
        return routes;
    }

    @Test
    void everyRouteWithAnIdAnswersNotFoundForAnotherUsersIdsAndChangesNothing() {
        Api api = new Api(port);
        User owner = api.newUser();
        User stranger = api.newUser();
        Map<String, Owned> owned = ownedBy(api, owner);
        Map<String, String> before = snapshot(api, owner, owned);

        List<Route> routes = routesWithIds();
        assertThat(routes).as("the API has routes with ids").isNotEmpty();
        List<String> uncovered = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        for (Route route : routes) {
            Matcher variables = VARIABLE.matcher(route.pattern());
            StringBuilder path = new StringBuilder();
            Owned last = null;
            boolean covered = true;
            while (variables.find()) {
                Owned resource = owned.get(variables.group(1));
                if (resource == null) {
                    covered = false;
                    break;
                }
                variables.appendReplacement(path, "/" + variables.group(1) + "/" + resource.id());
                last = resource;
            }
            if (!covered || last == null) {
                uncovered.add(route.method() + " " + route.pattern());
                continue;
            }
            variables.appendTail(path);
            String body = route.method() == RequestMethod.PUT || route.method() == RequestMethod.POST
                    ? last.body() : null;
            Answer answer = api.send(route.method().name(), path.toString(), "Bearer " + stranger.token(), body);
            assertThat(answer.status()).as(route + " with the owner's ids: " + answer).isEqualTo(404);
            assertThat(answer.isProblem()).as(route + " answers a problem").isTrue();
            walked.add(route.method() + " " + route.pattern());
        }
        if (!uncovered.isEmpty()) {
            fail("Routes with ids this walk cannot fill yet (add their resource to ownedBy): " + uncovered);
        }
        assertThat(walked).contains("GET /api/v1/checkins/{id}", "PUT /api/v1/doses/{id}",
                "DELETE /api/v1/doses/{id}", "PUT /api/v1/products/{id}", "DELETE /api/v1/tokens/{id}",
                "GET /api/v1/withdrawal/{id}", "PUT /api/v1/withdrawal/{id}", "DELETE /api/v1/withdrawal/{id}",
                "GET /api/v1/substances/{id}", "PUT /api/v1/substances/{id}", "DELETE /api/v1/substances/{id}",
                "POST /api/v1/safety/findings/{id}/acknowledge", "POST /api/v1/products/{productId}/batches",
                "GET /api/v1/products/{productId}/batches", "POST /api/v1/products/{productId}/batches/import",
                "GET /api/v1/batches/{id}", "PUT /api/v1/batches/{id}", "DELETE /api/v1/batches/{id}",
                "GET /api/v1/batches/{id}/evaluation", "DELETE /api/v1/recalls/{id}",
                "GET /api/v1/notes/{id}", "PUT /api/v1/notes/{id}", "DELETE /api/v1/notes/{id}",
                "DELETE /api/v1/account/sessions/{id}", "POST /api/v1/checkins/{id}/restore",
                "POST /api/v1/doses/{id}/restore", "POST /api/v1/substances/{id}/restore",
                "POST /api/v1/withdrawal/{id}/restore", "POST /api/v1/notes/{id}/restore");
        assertThat(snapshot(api, owner, owned)).as("the owner's data is unchanged").isEqualTo(before);
        assertThat(api.get(owner, "/api/v1/account").status()).as("the owner's token still works").isEqualTo(200);
    }

    private static Map<String, String> snapshot(Api api, User owner, Map<String, Owned> owned) {
        return Map.ofEntries(
                Map.entry("products", api.get(owner, "/api/v1/products/" + owned.get("products").id()).body()),
                Map.entry("checkins", api.get(owner, "/api/v1/checkins/" + owned.get("checkins").id()).body()),
                Map.entry("doses", api.get(owner, "/api/v1/doses/" + owned.get("doses").id()).body()),
                Map.entry("withdrawal", api.get(owner, "/api/v1/withdrawal/" + owned.get("withdrawal").id()).body()),
                Map.entry("substances", api.get(owner, "/api/v1/substances/" + owned.get("substances").id()).body()),
                Map.entry("tokens", api.get(owner, "/api/v1/tokens").body()),
                Map.entry("findings", api.get(owner, "/api/v1/safety/findings").body()),
                Map.entry("batches", api.get(owner, "/api/v1/batches/" + owned.get("batches").id()).body()),
                Map.entry("recalls", api.get(owner, "/api/v1/recalls").body()),
                Map.entry("notes", api.get(owner, "/api/v1/notes/" + owned.get("notes").id()).body()),
                Map.entry("sessions", api.get(owner, "/api/v1/account/sessions").json().get("items").size() + " sessions"));
    }

    @Test
    void anotherUsersEntriesNeverAppearInLists() {
        Api api = new Api(port);
        User owner = api.newUser();
        User stranger = api.newUser();
        ownedBy(api, owner);
        for (String list : List.of("/api/v1/checkins", "/api/v1/doses", "/api/v1/substances", "/api/v1/products",
                "/api/v1/withdrawal", "/api/v1/safety/findings", "/api/v1/recalls", "/api/v1/notes",
                "/api/v1/account/sessions")) {
            assertThat(api.get(stranger, list).json().get("items")).as(list).isEmpty();
            assertThat(api.get(owner, list).json().get("items")).as(list).isNotEmpty();
        }
        assertThat(api.get(stranger, "/api/v1/tokens").json().get("items")).hasSize(1);
        assertThat(api.get(stranger, "/api/v1/account/events").json().get("items").toString())
                .doesNotContain("SHARE_CREATED");
    }
}
