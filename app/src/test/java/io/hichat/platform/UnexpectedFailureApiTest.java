package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.hichat.testing.Accounts;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HeldBackOutput;
import io.hichat.testing.HttpApiTest;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

/** A defect answers 500 with a reference that leads to the logged stack trace, and nothing of its internals. */
@HttpApiTest
@Import({ UnexpectedFailureApiTest.DefectiveRoute.class, UnexpectedFailureApiTest.DefectiveFilter.class })
@ExtendWith({ HeldBackOutput.class, OutputCaptureExtension.class })
class UnexpectedFailureApiTest {

    @RestController
    static class DefectiveRoute {

        @GetMapping("/test/defect")
        String defect() {
            throw new IllegalStateException("simulated defect in io.hichat.Internals with SQL select * from users");
        }
    }

    /** A defect outside any controller, which reaches the client through the servlet container's error page. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DefectiveFilter {

        @Bean
        FilterRegistrationBean<Filter> defectiveFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                throw new IllegalStateException("simulated defect in a filter");
            });
            registration.addUrlPatterns("/test/filter-defect");
            // A request with a body reaches the filters after RequestBodyFilter in an async dispatch.
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
            return registration;
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

    @Test
    void aDefectOutsideAControllerIsLoggedUnderTheRequestsIdAndMethod(CapturedOutput log) {
        String token = Accounts.register(api).token();

        ApiResponse answer = api.post("/test/filter-defect").bearer(token).json("{\"some\":\"body\"}").send();

        String message = answer.error(500, 100001);
        String requestId = answer.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(message).isEqualTo("unexpected server error; reference " + requestId);
        assertThat(log.getOut()).contains("ERROR [" + requestId + "]")
                .contains("Unexpected failure [" + requestId + "] during POST /test/filter-defect");
    }
}
