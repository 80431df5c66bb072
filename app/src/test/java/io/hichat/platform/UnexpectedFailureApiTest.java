package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.hichat.testing.Accounts;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;

/** A defect answers 500 with a reference that leads to the logged stack trace, and nothing of its internals. */
@HttpApiTest
@Import(UnexpectedFailureApiTest.DefectiveRoute.class)
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedFailureApiTest {

    @RestController
    static class DefectiveRoute {

        @GetMapping("/test/defect")
        String defect() {
            throw new IllegalStateException("simulated defect in io.hichat.Internals with SQL select * from users");
        }
    }

    @Autowired
    Api api;

    @Test
    void aDefectAnswers500WithAReferenceFoundInTheLog(CapturedOutput log) {
        String token = Accounts.register(api).token();

        ApiResponse answer = api.get("/test/defect").bearer(token).send();

        String message = answer.error(500, 100001);
        String requestId = answer.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(message).isEqualTo("unexpected server error; reference " + requestId);
        assertThat(log.getOut()).contains("Unexpected failure [" + requestId + "] during GET /test/defect")
                .contains("simulated defect");
    }
}
