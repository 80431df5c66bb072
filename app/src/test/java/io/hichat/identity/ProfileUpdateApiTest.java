package io.hichat.identity;

import static io.hichat.testing.Accounts.aRegistration;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Simultaneously;
import tools.jackson.databind.JsonNode;

/** PUT /api/v1/user/update: the fields sent change, under register's rules; the rest stays; others see it at once. */
@HttpApiTest
class ProfileUpdateApiTest {

    private static final String UPDATE = "/api/v1/user/update";

    @Autowired
    Api api;

    @Test
    void theFieldsSentChangeAndTheAnswerIsTheProfileAsItNowIs() {
        Account account = Accounts.register(api, aRegistration().with("nickname", "范丞丞").with("sex", 1));

        JsonNode info = update(account, "{\"sex\":2,\"introduction\":\"  我是一个php程序员  \","
                + "\"email\":\"fan@example.com\",\"avatar\":\"https://cdn.example.com/a.png\"}").data().get("info");

        assertThat(info.get("nickname").stringValue()).isEqualTo("范丞丞");
        assertThat(info.get("sex").asInt()).isEqualTo(2);
        assertThat(info.get("Introduction").stringValue()).isEqualTo("我是一个php程序员");
        assertThat(info.get("email").stringValue()).isEqualTo("fan@example.com");
        assertThat(info.get("avatar").stringValue()).isEqualTo("https://cdn.example.com/a.png");
        assertThat(profile(account)).isEqualTo(info);
    }

    @Test
    void fieldsLeftOutOrNullStayAsTheyAre() {
        Account account = Accounts.register(api, aRegistration().with("nickname", "王一博").with("sex", 1)
                .with("avatar", "http://127.0.0.1:8082/avatar/101.png"));
        JsonNode before = profile(account);

        JsonNode after = update(account, "{\"nickname\":null}").data().get("info");
        update(account, "{}");

        assertThat(after).isEqualTo(before);
        assertThat(profile(account)).isEqualTo(before);
    }

    @Test
    void anEmptyNicknameGetsTheDefaultAndEmptyTextClearsAField() {
        Account account = Accounts.register(api, aRegistration().with("nickname", "王一博"));
        update(account, "{\"introduction\":\"有话说\",\"email\":\"a@example.com\"}");

        JsonNode info = update(account, "{\"nickname\":\" \",\"introduction\":\"\",\"email\":\"\",\"avatar\":\"\"}")
                .data().get("info");

        assertThat(info.get("nickname").stringValue())
                .isEqualTo("用户" + account.phone().substring(account.phone().length() - 4));
        assertThat(info.get("Introduction").stringValue()).isEmpty();
        assertThat(info.get("email").stringValue()).isEmpty();
        assertThat(info.get("avatar").stringValue()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"sex\":3}|sex|400",
            "{\"sex\":\"1\"}|sex|400",
            "{\"avatar\":\"ftp://example.com/a.png\"}|avatar|400",
            "{\"email\":\"not-an-address\"}|email|400",
            "{\"nickname\":\"a\\u0007b\"}|nickname|400" })
    void eachInvalidFieldIsRefusedByNameAndNothingChanges(String body, String field, int status) {
        Account account = Accounts.register(api);
        JsonNode before = profile(account);

        String message = update(account, body).error(status, 100002);

        assertThat(message).contains(field);
        assertThat(profile(account)).isEqualTo(before);
    }

    @Test
    void tooLongTextIsRefusedByName() {
        Account account = Accounts.register(api);

        assertThat(update(account, "{\"nickname\":\"" + "名".repeat(65) + "\"}").error(400, 100002))
                .isEqualTo("nickname must be at most 64 characters");
        assertThat(update(account, "{\"introduction\":\"" + "话".repeat(256) + "\"}").error(400, 100002))
                .isEqualTo("introduction must be at most 255 characters");
        assertThat(update(account, "{\"email\":\"a@" + "b".repeat(250) + ".com\"}").error(400, 100002))
                .startsWith("email must be");
        assertThat(update(account, "{\"nickname\":\"" + "名".repeat(64) + "\"}").status()).isEqualTo(200);
    }

    @Test
    void aFriendSeesTheNewNicknameAndAvatarInTheNextRequest() {
        Account changing = Accounts.register(api);
        Account friend = Accounts.register(api);
        api.post("/v1/social/friend/putIn").bearer(changing.token()).json("{\"user_uid\":\"" + friend.id() + "\"}")
                .send();
        long request = api.get("/v1/social/friend/putIns").bearer(friend.token()).send().json().get("list").get(0)
                .get("id").asLong();
        api.put("/v1/social/friend/putIn").bearer(friend.token())
                .json("{\"friend_req_id\":" + request + ",\"handle_result\":1}").send();

        update(changing, "{\"nickname\":\"新名字\",\"avatar\":\"http://img.example.com/new.png\"}");

        JsonNode listed = api.get("/v1/social/friends").bearer(friend.token()).send().json().get("list").get(0);
        assertThat(listed.get("nickname").stringValue()).isEqualTo("新名字");
        assertThat(listed.get("avatar").stringValue()).isEqualTo("http://img.example.com/new.png");
    }

    @Test
    void concurrentUpdatesOfDifferentFieldsAllTakeEffect() throws Exception {
        Account account = Accounts.register(api);
        List<String> bodies = List.of("{\"sex\":2}", "{\"introduction\":\"并发\"}", "{\"email\":\"c@example.com\"}",
                "{\"nickname\":\"并发者\"}", "{\"avatar\":\"http://a.example/c.png\"}");
        List<Callable<ApiResponse>> updates = IntStream.range(0, 20)
                .<Callable<ApiResponse>>mapToObj(i -> () -> update(account, bodies.get(i % bodies.size()))).toList();

        List<ApiResponse> answers = Simultaneously.run(updates);

        JsonNode info = profile(account);
        assertThat(Simultaneously.statuses(answers)).containsOnly(200);
        assertThat(info.get("sex").asInt()).isEqualTo(2);
        assertThat(info.get("Introduction").stringValue()).isEqualTo("并发");
        assertThat(info.get("email").stringValue()).isEqualTo("c@example.com");
        assertThat(info.get("nickname").stringValue()).isEqualTo("并发者");
        assertThat(info.get("avatar").stringValue()).isEqualTo("http://a.example/c.png");
    }

    @Test
    void withoutATokenNothingChanges() {
        api.put(UPDATE).json("{\"nickname\":\"x\"}").send().error(401, 100003);
    }

    @Test
    void malformedJsonIsRefused() {
        Account account = Accounts.register(api);

        update(account, "{\"nickname\":").error(400, 100002);
    }

    private ApiResponse update(Account account, String body) {
        return api.put(UPDATE).bearer(account.token()).json(body).send();
    }

    private JsonNode profile(Account account) {
        return api.get("/api/v1/user/detail").bearer(account.token()).send().data().get("info");
    }
}
