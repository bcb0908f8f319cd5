package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Registration;

/**
 * On an invite-only server, a sign-up without a valid invite cannot tell whether a username exists:
 * not by its answer, on the API or the form, nor by its time.
 */
class UniformSignUpTest extends AccountPagesContext {

    private static final String TAKEN = "taken.name";
    private static final String PASSWORD = "quiet-harbour-lantern-8";

    private AccountUser admin;

    @BeforeEach
    void anAdminAndATakenName() {
        admin = admin();
        try {
            users.loadUserByUsername(TAKEN);
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            accounts.register(new Registration(TAKEN, PASSWORD, "UTC", accounts.createInvite(admin).code()));
        }
    }

    @Test
    void withoutAValidInviteATakenNameGetsTheSameApiAnswerAsAFreeOne() throws Exception {
        for (String invite : Arrays.asList(null, "made-up-code")) {
            MockHttpServletResponse taken = apiSignUp(TAKEN, invite);
            MockHttpServletResponse free = apiSignUp("free-" + UUID.randomUUID().toString().substring(0, 8), invite);
            assertThat(taken.getStatus()).isEqualTo(400).isEqualTo(free.getStatus());
            assertThat(taken.getContentAsString()).isEqualTo(free.getContentAsString()).contains("inviteCode")
                    .doesNotContain("taken");
        }
    }

    @Test
    void withAValidInviteATakenNameStillSaysSo() throws Exception {
        MockHttpServletResponse taken = apiSignUp(TAKEN, accounts.createInvite(admin).code());
        assertThat(taken.getStatus()).isEqualTo(400);
        assertThat(taken.getContentAsString()).contains("\"field\":\"username\"", "already taken");
    }

    @Test
    void theInviteOfARefusedSignUpStaysUsable() throws Exception {
        String code = accounts.createInvite(admin).code();
        apiSignUp(TAKEN, code);
        assertThat(apiSignUp("later-" + UUID.randomUUID().toString().substring(0, 8), code).getStatus()).isEqualTo(201);
    }

    @Test
    void theSignUpFormAnswersATakenNameLikeAFreeOneWithoutAnInvite() throws Exception {
        String taken = formSignUp(TAKEN);
        String free = formSignUp("free.form");
        assertThat(taken).contains("id=\"inviteCode-error\"").doesNotContain("username-error");
        assertThat(taken.replace(TAKEN, "NAME")).isEqualTo(free.replace("free.form", "NAME"));
    }

    @Test
    void aTakenNameTakesAsLongToRefuseAsAFreeOne() throws Exception {
        List<Long> taken = new java.util.ArrayList<>();
        List<Long> free = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            taken.add(timed(TAKEN));
            free.add(timed("free-" + i));
        }
        long takenMedian = median(taken);
        long freeMedian = median(free);
        // the password hash (Argon2, tens of milliseconds) runs on both paths; without it one would be far quicker
        assertThat(takenMedian).isGreaterThan(freeMedian / 2);
        assertThat(freeMedian).isGreaterThan(takenMedian / 2);
    }

    private long timed(String username) throws Exception {
        long start = System.nanoTime();
        apiSignUp(username, null);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private MockHttpServletResponse apiSignUp(String username, String invite) throws Exception {
        String body = "{\"username\": \"%s\", \"password\": \"%s\"%s}".formatted(username, PASSWORD,
                invite == null ? "" : ", \"inviteCode\": \"" + invite + "\"");
        return mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    private String formSignUp(String username) throws Exception {
        MockHttpServletResponse answer = mvc.perform(post("/signup").with(csrf()).param("username", username)
                .param("password", PASSWORD).param("timeZone", "UTC")).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        return answer.getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("hx-headers=\"[^\"]*\"", "");
    }
}
