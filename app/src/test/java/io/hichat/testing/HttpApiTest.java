package io.hichat.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * An end-to-end test: the whole application on a random port, against this run's PostgreSQL, spoken to over real
 * HTTP through the {@link Api} it can autowire. The second port is off unless a test turns it on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "hichat.server.additional-port=0")
@Import(HttpApiTest.ApiConfiguration.class)
public @interface HttpApiTest {

    @TestConfiguration(proxyBeanMethods = false)
    class ApiConfiguration {

        @Bean
        Api api(Environment environment) {
            return new Api(() -> environment.getRequiredProperty("local.server.port", Integer.class));
        }
    }
}
