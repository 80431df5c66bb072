package io.hichat.identity;

import static io.hichat.testing.Accounts.aRegistration;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Accounts.Registration;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Jwt;
import io.hichat.testing.Simultaneously;
import tools.jackson.databind.JsonNode;

@HttpApiTest
class RegistrationApiTest {

    private static final String REGISTER = "/api/v1/user/register";

    @Autowired
    Api api;

    private ApiResponse register(Registration registration) {
        return api.post(REGISTER).json(registration.json()).send();
    }

    private ApiResponse profile(String token) {
        return api.get("/api/v1/user/detail").bearer(token).send();
    }

    @Test
    void theDocumentsExampleRegistersAndAnswersATokenForTheNewUser() {
        ApiResponse answer = register(aRegistration());

        JsonNode data = answer.data();
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("token", "expire");
        assertThat(data.get("token").isString()).isTrue();
        assertThat(data.get("expire").isIntegralNumber()).isTrue();
        String token = data.get("token").stringValue();
        JsonNode claims = Jwt.claims(token);
        assertThat(Jwt.header(token).get("alg").stringValue()).isEqualTo("HS256");
        assertThat(claims.get("exp").asLong()).isEqualTo(data.get("expire").asLong());
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(8_640_000L);
        assertThat(claims.get("hichat2.com").isString()).isTrue();
        String newUserId = profile(token).data().get("info").get("id").stringValue();
        assertThat(claims.get("hichat2.com").stringValue()).isEqualTo(newUserId);
    }

    @Test
    void theProfileShowsWhatWasRegisteredWithChineseTextUnchanged() {
        Registration registration = aRegistration().with("nickname", "范丞丞").with("sex", 2);
        String token = register(registration).data().get("token").stringValue();

        JsonNode info = profile(token).data().get("info");
        assertThat(info.get("nickname").stringValue()).isEqualTo("范丞丞");
        assertThat(info.get("mobile").stringValue()).isEqualTo(registration.phone());
        assertThat(info.get("sex").asInt()).isEqualTo(2);
        assertThat(info.get("avatar").stringValue()).isEqualTo("http://127.0.0.1:8082/avatar/101.png");
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void anEmptyOrMissingNicknameGetsADefaultThatShowsOnlyThePhonesLastFourDigits(boolean leftOut) {
        Registration registration = leftOut ? aRegistration().without("nickname")
                : aRegistration().with("nickname", "  ");
        String phone = registration.phone();

        String token = register(registration).data().get("token").stringValue();

        assertThat(profile(token).data().get("info").get("nickname").stringValue())
                .isEqualTo("用户" + phone.substring(phone.length() - 4));
    }

    @Test
    void othersSeeTheDefaultNicknameAndNeverThePhone() {
        Registration registration = aRegistration().without("nickname");
        Account newcomer = Accounts.register(api, registration);
        Account friend = Accounts.register(api);
        assertThat(api.post("/v1/social/friend/putIn").bearer(newcomer.token())
                .json("{\"user_uid\":\"" + friend.id() + "\"}").send().status()).isEqualTo(200);
        long request = api.get("/v1/social/friend/putIns").bearer(friend.token()).send().json().get("list").get(0)
                .get("id").asLong();
        assertThat(api.put("/v1/social/friend/putIn").bearer(friend.token())
                .json("{\"friend_req_id\":" + request + ",\"handle_result\":1}").send().status()).isEqualTo(200);

        String friends = api.get("/v1/social/friends").bearer(friend.token()).send().body();

        assertThat(friends).contains("\"friend_uid\":\"" + newcomer.id() + "\"")
                .contains("\"nickname\":\"用户" + registration.phone().substring(registration.phone().length() - 4))
                .doesNotContain(registration.phone());
    }

    @Test
    void aPhoneWithALeadingPlusAndNoAvatarRegister() {
        Registration registration = aRegistration().with("phone", "+86" + Accounts.uniquePhone()).without("avatar")
                .without("sex");

        String token = register(registration).data().get("token").stringValue();

        JsonNode info = profile(token).data().get("info");
        assertThat(info.get("avatar").stringValue()).isEmpty();
        assertThat(info.get("sex").asInt()).isZero();
    }

    @Test
    void aTakenPhoneIsRefusedAndTheFirstAccountKeepsItsPassword() {
        Registration first = aRegistration();
        register(first).data();

        String message = register(aRegistration().with("phone", first.phone()).with("password", "another1"))
                .error(409, 100001);

        assertThat(message).contains("already registered");
        Accounts.logIn(api, first.phone(), Accounts.PASSWORD).data();
        Accounts.logIn(api, first.phone(), "another1").error(401, 100001);
    }

    @Test
    void simultaneousRegistrationsOfOnePhoneMakeOneAccount() throws Exception {
        Registration registration = aRegistration();

        List<Integer> statuses = Simultaneously.statuses(Simultaneously.repeat(8, () -> register(registration)));

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "1234", "123456789012345678901", "abc12345", "12 345678", "+", "++12345678",
            "１２３４５６７８" })
    void aPhoneOutsideTheRuleIsRefusedAndNothingIsCreated(String phone) {
        String message = register(aRegistration().with("phone", phone)).error(400, 100002);

        assertThat(message).contains("phone");
    }

    @Test
    void aRefusedRegistrationLeavesNoAccount() {
        Registration refused = aRegistration().with("sex", 7);
        register(refused).error(400, 100002);

        Accounts.logIn(api, refused.phone(), Accounts.PASSWORD).error(401, 100001);
        register(aRegistration().with("phone", refused.phone())).data();
    }

    @ParameterizedTest
    @ValueSource(ints = { 5, 73, 200 })
    void aPasswordOutsideSixToSeventyTwoBytesIsRefused(int bytes) {
        String message = register(aRegistration().with("password", "p".repeat(bytes))).error(400, 100002);

        assertThat(message).contains("password").contains("6 to 72 bytes");
    }

    @Test
    void passwordLengthIsCountedInBytesNotCharacters() {
        String twentyFourChinese = "密".repeat(24);
        String twentyFiveChinese = "密".repeat(25);
        assertThat(twentyFourChinese.getBytes(StandardCharsets.UTF_8)).hasSize(72);

        Registration accepted = aRegistration().with("password", twentyFourChinese);
        register(accepted).data();
        Accounts.logIn(api, accepted.phone(), twentyFourChinese).data();
        register(aRegistration().with("password", twentyFiveChinese)).error(400, 100002);
    }

    @Test
    void aNicknameIsAtMostSixtyFourCharacters() {
        register(aRegistration().with("nickname", "昵".repeat(64))).data();

        String message = register(aRegistration().with("nickname", "昵".repeat(65))).error(400, 100002);

        assertThat(message).contains("nickname").contains("64");
    }

    @ParameterizedTest
    @ValueSource(strings = { "not a url", "ftp://example.com/a.png", "javascript:alert(1)", "/avatar/1.png" })
    void anAvatarMustBeAWebUrl(String avatar) {
        String message = register(aRegistration().with("avatar", avatar)).error(400, 100002);

        assertThat(message).contains("avatar");
    }

    @Test
    void anAvatarIsAtMost255Characters() {
        String prefix = "http://example.com/";
        register(aRegistration().with("avatar", prefix + "a".repeat(255 - prefix.length()))).data();

        register(aRegistration().with("avatar", prefix + "a".repeat(256 - prefix.length()))).error(400, 100002);
    }

    @Test
    void sexMustBeZeroOneOrTwo() {
        String message = register(aRegistration().with("sex", 3)).error(400, 100002);

        assertThat(message).contains("sex");
    }

    @ParameterizedTest
    @ValueSource(strings = { "phone", "password" })
    void aMissingRequiredFieldIsNamed(String field) {
        String message = register(aRegistration().without(field)).error(400, 100002);

        assertThat(message).isEqualTo(field + " is required");
    }

    @Test
    void aWrongTypeIsNamedWithTheTypeExpected() {
        String body = aRegistration().json().replace("\"sex\":0", "\"sex\":\"male\"");

        String message = api.post(REGISTER).json(body).send().error(400, 100002);

        assertThat(message).isEqualTo("field 'sex' must be an integer");
    }

    @Test
    void aFractionIsNotAnInteger() {
        String body = aRegistration().json().replace("\"sex\":0", "\"sex\":1.5");

        api.post(REGISTER).json(body).send().error(400, 100002);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"phone\":", "{phone: 1}", "not json", "{\"phone\":\"1\"}}" })
    void malformedJsonIsRefused(String body) {
        String message = api.post(REGISTER).json(body).send().error(400, 100002);

        assertThat(message).isEqualTo("request body is not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "null" })
    void aMissingBodyIsRefused(String body) {
        String message = api.post(REGISTER).json(body).send().error(400, 100002);

        assertThat(message).isEqualTo("request body is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = { "[]", "\"17585710989\"", "42" })
    void aBodyThatIsNotAnObjectIsRefused(String body) {
        String message = api.post(REGISTER).json(body).send().error(400, 100002);

        assertThat(message).isEqualTo("request body must be a JSON object");
    }
}
