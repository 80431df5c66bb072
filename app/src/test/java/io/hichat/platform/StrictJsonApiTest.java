package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.HttpApiTest;

/**
 * Every field takes exactly its JSON type, and text only what can be stored: anything else is refused with 400,
 * naming the field, and nothing is written. Ids are the contract's one exception: a string or a number.
 */
@HttpApiTest
class StrictJsonApiTest {

    @Autowired
    Api api;

    private String createGroup(String token, String body) {
        return api.post("/v1/social/group").bearer(token).json(body).send().error(400, 100002);
    }

    private int groupsOf(String token) {
        return api.get("/v1/social/groups").bearer(token).send().json().get("list").size();
    }

    @ParameterizedTest
    @ValueSource(strings = { "true", "12", "1.5", "[\"rust\"]", "{\"zh\":\"rust\"}" })
    void aTextFieldTakesAJsonStringOnly(String name) {
        String token = Accounts.register(api).token();

        assertThat(createGroup(token, "{\"name\":" + name + "}")).isEqualTo("field 'name' must be a string");
        assertThat(groupsOf(token)).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"1\"      | field 'sex' must be an integer",
            "\"\"       | field 'sex' must be an integer",
            "1.0        | field 'sex' must be an integer",
            "true       | field 'sex' must be an integer",
            "[1]        | field 'sex' must be an integer",
            "4294967296 | field 'sex' is out of range for an integer" })
    void anIntegerFieldTakesAJsonIntegerOnly(String sex, String expected) {
        String phone = Accounts.uniquePhone();

        String message = api.post("/api/v1/user/register").json("{\"phone\":\"" + phone
                + "\",\"password\":\"dsafasf\",\"sex\":" + sex + "}").send().error(400, 100002);

        assertThat(message).isEqualTo(expected);
        api.post("/api/v1/user/login").json("{\"phone\":\"" + phone + "\",\"password\":\"dsafasf\"}").send()
                .error(401, 100001);
    }

    @Test
    void aPasswordSentAsANumberIsRefused() {
        Account account = Accounts.register(api);

        String message = api.post("/api/v1/user/login").json("{\"phone\":\"" + account.phone()
                + "\",\"password\":123456}").send().error(400, 100002);

        assertThat(message).isEqualTo("field 'password' must be a string");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"a\\u0000b\"", "\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud83d\"" })
    void textWithANulOrHalfASurrogatePairIsRefusedAndNothingIsStored(String name) {
        String token = Accounts.register(api).token();

        assertThat(createGroup(token, "{\"name\":" + name + "}")).isEqualTo("field 'name' must not contain the NUL "
                + "character or an unpaired surrogate (\\ud800-\\udfff)");
        assertThat(groupsOf(token)).isZero();
    }

    @Test
    void textWithWholeSurrogatePairsRoundTrips() {
        String token = Accounts.register(api).token();

        api.post("/v1/social/group").bearer(token).json("{\"name\":\"\\ud83e\\udd80 群\"}").send();

        assertThat(api.get("/v1/social/groups").bearer(token).send().json().get("list").get(0).get("name")
                .stringValue()).isEqualTo("🦀 群");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"%s\"", "%s" })
    void anIdIsAStringOrANumber(String form) {
        Account creator = Accounts.register(api);
        String group = api.post("/v1/social/group").bearer(creator.token()).json("{\"name\":\"群\"}").send().json()
                .get("id").stringValue();
        Account applicant = Accounts.register(api);

        assertThat(api.post("/v1/social/group/putIn").bearer(applicant.token())
                .json("{\"group_id\":" + form.formatted(group) + "}").send().json().get("group_id").asLong())
                .isEqualTo(Long.parseLong(group));
    }

    @ParameterizedTest
    @ValueSource(strings = { "true", "1.5", "[1]", "{\"id\":1}" })
    void anIdIsNeitherAFlagNorAFractionNorAContainer(String groupId) {
        String token = Accounts.register(api).token();

        String message = api.post("/v1/social/group/putIn").bearer(token).json("{\"group_id\":" + groupId + "}")
                .send().error(400, 100002);

        assertThat(message).isEqualTo("field 'group_id' must be a string or an integer");
    }
}
