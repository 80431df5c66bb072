package io.hichat.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Simultaneously;

/**
 * DELETE /api/v1/user (contract §8.6), identity's part: the password is checked, the account erased, every token of
 * it refused at once, and the phone free to register again as a new user.
 */
@HttpApiTest
class AccountDeletionApiTest {

    private static final String PROFILE = "/api/v1/user/detail";

    @Autowired
    Api api;

    private ApiResponse delete(String token, String password) {
        return api.delete("/api/v1/user?password=" + password).bearer(token).send();
    }

    @Test
    void aWrongPasswordIs401AndChangesNothing() {
        Account account = Accounts.register(api);

        assertThat(delete(account.token(), "wrong-one").error(401, 100001))
                .isEqualTo("password is not the account's password");
        assertThat(api.delete("/api/v1/user").bearer(account.token()).json("{\"password\":\"x\"}").send()
                .error(401, 100001)).isEqualTo("password is not the account's password");

        assertThat(api.get(PROFILE).bearer(account.token()).send().status()).isEqualTo(200);
        assertThat(Accounts.logIn(api, account.phone(), account.password()).status()).isEqualTo(200);
    }

    @Test
    void afterDeletionEveryTokenAndTheLoginAreRefusedAndThePhoneRegistersAgainAsANewUser() {
        Account account = Accounts.register(api);
        String otherDevice = Accounts.anotherToken(api, account);

        ApiResponse deleted = delete(account.token(), account.password());

        assertThat(deleted.body()).isEqualTo("{\"code\":200,\"msg\":\"\",\"data\":{}}");
        for (String token : List.of(account.token(), otherDevice)) {
            assertThat(api.get(PROFILE).bearer(token).send().error(401, 100003))
                    .isEqualTo("the token's account was deleted");
        }
        Accounts.logIn(api, account.phone(), account.password()).error(401, 100001);
        Account again = Accounts.register(api, Accounts.aRegistration().with("phone", account.phone()));
        assertThat(again.id()).isNotEqualTo(account.id());
        assertThat(api.get(PROFILE).bearer(again.token()).send().status()).isEqualTo(200);
        assertThat(api.get("/api/v1/user/search?phone=" + account.phone()).bearer(again.token()).send().data()
                .get("list").get(0).get("id").stringValue()).isEqualTo(again.id());
    }

    @Test
    void thePasswordMayComeInAJsonBodyAndWithoutOneItIs400() {
        Account account = Accounts.register(api);

        assertThat(api.delete("/api/v1/user").bearer(account.token()).send().error(400, 100002))
                .isEqualTo("password is required");
        assertThat(api.delete("/api/v1/user").bearer(account.token()).json("{\"password\":\"" + account.password()
                + "\"}").send().status()).isEqualTo(200);
        api.get(PROFILE).bearer(account.token()).send().error(401, 100003);
    }

    @Test
    void ofTwoDeletionsAtOnceOneSucceedsAndTheOtherFindsTheAccountGone() throws Exception {
        Account account = Accounts.register(api);

        List<ApiResponse> answers = Simultaneously.repeat(2, () -> delete(account.token(), account.password()));

        assertThat(Simultaneously.statuses(answers)).containsExactlyInAnyOrder(200, 401);
    }

    /** Past the bound of password hashing some are shed (503) before they check anything; one deletes. */
    @Test
    void ofTwentyDeletionsAtOnceOneSucceeds() throws Exception {
        Account account = Accounts.register(api);

        List<ApiResponse> answers = Simultaneously.repeat(20, () -> delete(account.token(), account.password()));

        assertThat(Simultaneously.statuses(answers)).containsOnlyOnce(200)
                .allSatisfy(status -> assertThat(status).isIn(200, 401, 503));
        assertThat(answers).filteredOn(answer -> answer.status() == 401)
                .allSatisfy(answer -> answer.error(401, 100003));
    }
}
