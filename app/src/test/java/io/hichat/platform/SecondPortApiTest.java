package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.FreePort;

/** The document's second base URL ("social-api") reaches the same server and the same routes. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecondPortApiTest {

    private static final int SECOND_PORT = FreePort.find();

    @DynamicPropertySource
    static void secondPort(DynamicPropertyRegistry properties) {
        properties.add("hichat.server.additional-port", () -> SECOND_PORT);
    }

    @LocalServerPort
    int port;

    @Test
    void anAccountMadeOnOnePortIsServedOnTheOther() {
        Account account = Accounts.register(new Api(port));

        String mobile = new Api(SECOND_PORT).get("/api/v1/user/user").bearer(account.token()).send().data()
                .get("info").get("mobile").stringValue();

        assertThat(mobile).isEqualTo(account.phone());
    }

    @Test
    void errorsOnTheSecondPortAnswerTheEnvelopeToo() {
        new Api(SECOND_PORT).get("/api/v1/user/detail").send().error(401, 100003);
    }
}
