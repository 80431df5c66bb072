package io.hichat.platform.web;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API document names two base URLs, {@code :8888} and {@code :8889} ("social-api"); clients configured with
 * either must work, so one server answers every route on both ports. Requests Tomcat refuses on its own get the
 * error envelope too.
 */
@Configuration(proxyBeanMethods = false)
class ServerPortsConfiguration {

    @Bean
    TomcatServletWebServerFactory tomcatServletWebServerFactory(
            @Value("${hichat.server.additional-port}") int additionalPort) {
        TwoPortTomcatFactory factory = new TwoPortTomcatFactory(additionalPort);
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(EnvelopeErrorReportValve.class.getName());
            }
        });
        return factory;
    }

    /**
     * Adds the second connector when the server is created, after every customizer has configured the factory, and
     * customizes it exactly like the main one, so both ports behave the same (limits, timeouts, threads).
     */
    static final class TwoPortTomcatFactory extends TomcatServletWebServerFactory {

        private final int additionalPort;

        /**
         * The management server's (Spring Boot makes the management port's server with the main server's factory
         * class, through its no-argument constructor): one port only.
         */
        TwoPortTomcatFactory() {
            this(0);
        }

        /** @param additionalPort 0 for none; its range is checked before the start (see {@code SettingsCheck}) */
        TwoPortTomcatFactory(int additionalPort) {
            this.additionalPort = additionalPort;
        }

        @Override
        public WebServer getWebServer(ServletContextInitializer... initializers) {
            if (additionalPort > 0) {
                Connector connector = new Connector(getProtocol());
                customizeConnector(connector);
                connector.setPort(additionalPort);
                addAdditionalConnectors(connector);
            }
            return super.getWebServer(initializers);
        }
    }
}
