package io.hichat.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** The server's clock decides every time the API reports; times sent by clients are ignored. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
