package io.hichat.testing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.hichat.identity.application.port.in.RegisterUserCommand;
import io.hichat.identity.application.port.in.RegisterUserUseCase;
import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.PlainPassword;
import io.hichat.shared.domain.Sex;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Accounts for tests: unique phone numbers and register bodies built field by field, so each test states only what
 * matters to it.
 */
public final class Accounts {

    private static final AtomicLong NEXT_PHONE = new AtomicLong(
            13_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));

    public static final String PASSWORD = "dsafasf";

    private Accounts() {
    }

    public static String uniquePhone() {
        return Long.toString(NEXT_PHONE.getAndIncrement());
    }

    /** The register body of the API document's example, with a phone no other test uses. */
    public static Registration aRegistration() {
        return new Registration()
                .with("nickname", "范丞丞")
                .with("phone", uniquePhone())
                .with("password", PASSWORD)
                .with("sex", 0)
                .with("avatar", "http://127.0.0.1:8082/avatar/101.png");
    }

    /** Registers an account through the API and returns what a client then holds. */
    public static Account register(Api api) {
        return register(api, aRegistration());
    }

    public static Account register(Api api, Registration registration) {
        ApiResponse answer = api.post("/api/v1/user/register").json(registration.json()).send();
        String token = answer.data().get("token").stringValue();
        return new Account(registration.phone(), PASSWORD, token);
    }

    /**
     * Registers an account through identity's use case, for the module tests, which start no web layer; the new
     * user's id, as its token tells.
     */
    public static UserId registerThrough(RegisterUserUseCase register) {
        String token = register.register(new RegisterUserCommand(new PhoneNumber(uniquePhone()),
                PlainPassword.of(PASSWORD), null, Sex.UNKNOWN, WebUrl.NONE, "127.0.0.1")).value();
        return new UserId(Long.parseLong(Jwt.claims(token).get("hichat2.com").stringValue()));
    }

    /** Logs in through the API with the given credentials, whatever they are. */
    public static ApiResponse logIn(Api api, String phone, String password) {
        return api.post("/api/v1/user/login")
                .json("{\"phone\":\"" + phone + "\",\"password\":\"" + password + "\"}").send();
    }

    /** A further token of the account, as a second device logging in gets. */
    public static String anotherToken(Api api, Account account) {
        return logIn(api, account.phone(), account.password()).data().get("token").stringValue();
    }

    /** Gives the account a new nickname and avatar through the API, checking the server took them. */
    public static void changeProfile(Api api, Account account, String nickname, String avatar) {
        api.put("/api/v1/user/update").bearer(account.token())
                .json("{\"nickname\":\"" + nickname + "\",\"avatar\":\"" + avatar + "\"}").send().data();
    }

    /** Deletes the account through the API, checking the server did. */
    public static void delete(Api api, Account account) {
        api.delete("/api/v1/user?password=" + account.password()).bearer(account.token()).send().data();
    }

    public record Account(String phone, String password, String token) {

        /** The user's id, as the token's {@code hichat2.com} claim tells a client. */
        public String id() {
            return Jwt.claims(token).get("hichat2.com").stringValue();
        }
    }

    public static final class Registration {

        private final ObjectNode body = JsonNodeFactory.instance.objectNode();

        public Registration with(String field, String value) {
            body.put(field, value);
            return this;
        }

        public Registration with(String field, int value) {
            body.put(field, value);
            return this;
        }

        public Registration without(String field) {
            body.remove(field);
            return this;
        }

        public String phone() {
            return body.get("phone").asString();
        }

        public String json() {
            return body.toString();
        }
    }
}
