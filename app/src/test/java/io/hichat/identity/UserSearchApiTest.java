package io.hichat.identity;

import static io.hichat.testing.Accounts.aRegistration;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/user/search?phone=: the account with exactly that phone, as its public card, never the phone. */
@HttpApiTest
class UserSearchApiTest {

    @Autowired
    Api api;

    @Test
    void anExactPhoneFindsThePublicCardAndNothingElse() {
        Account searcher = Accounts.register(api);
        Account found = Accounts.register(api, aRegistration().with("nickname", "范丞丞").with("sex", 2)
                .with("avatar", "http://127.0.0.1:8082/avatar/101.png"));

        ApiResponse answer = search(searcher, found.phone());

        JsonNode card = answer.data().get("list").get(0);
        assertThat(answer.data().get("list")).hasSize(1);
        assertThat(card.propertyNames()).containsExactlyInAnyOrder("id", "nickname", "sex", "avatar");
        assertThat(card.get("id").stringValue()).isEqualTo(found.id());
        assertThat(card.get("nickname").stringValue()).isEqualTo("范丞丞");
        assertThat(card.get("sex").asInt()).isEqualTo(2);
        assertThat(answer.body()).doesNotContain(found.phone());
    }

    @Test
    void aPhoneNobodyHasFindsAnEmptyList() {
        Account searcher = Accounts.register(api);
        Account other = Accounts.register(api);

        assertThat(search(searcher, Accounts.uniquePhone()).data().get("list")).isEmpty();
        assertThat(search(searcher, other.phone().substring(1)).data().get("list")).isEmpty();
        assertThat(search(searcher, "+" + other.phone()).data().get("list")).isEmpty();
    }

    @Test
    void aMalformedOrMissingPhoneIsRefusedByName() {
        Account searcher = Accounts.register(api);

        assertThat(search(searcher, "12a45").error(400, 100002)).startsWith("phone must be");
        assertThat(api.get("/api/v1/user/search").bearer(searcher.token()).send().error(400, 100002))
                .isEqualTo("phone is required");
    }

    @Test
    void searchingNeedsAToken() {
        api.get("/api/v1/user/search?phone=17585710989").send().error(401, 100003);
    }

    private ApiResponse search(Account searcher, String phone) {
        return api.get("/api/v1/user/search?phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8))
                .bearer(searcher.token()).send();
    }
}
