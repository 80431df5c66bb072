package io.hichat.platform.security;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.HandlerMapping;

import io.hichat.identity.AccessTokenAuthenticator;
import io.hichat.platform.web.ErrorResponseWriter;
import io.hichat.shared.web.ApiError;
import io.hichat.shared.web.PublicRoutes;
import jakarta.servlet.DispatcherType;

/**
 * Every route a handler serves needs a valid access token except those the contexts declare public (their GET
 * routes for HEAD too). No sessions, no cookies, so no CSRF surface: the token travels in a header a browser never
 * adds by itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String MISSING_TOKEN =
            "this route needs an access token: send the token from login as 'Authorization: Bearer <token>'";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, List<PublicRoutes> publicRoutes,
            List<HandlerMapping> handlerMappings, AccessTokenAuthenticator authenticator,
            CorsProperties corsProperties, ErrorResponseWriter errors) throws Exception {
        // Spring's CORS filter, built here rather than by .cors() so that a refused request gets the envelope.
        CorsFilter cors = new CorsFilter(corsConfiguration(corsProperties));
        cors.setCorsProcessor(new EnvelopeCorsProcessor(errors));
        http.csrf(AbstractHttpConfigurer::disable)
                .cors(AbstractHttpConfigurer::disable)
                .addFilter(cors)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                // No sessions, no anonymous principal, no servlet-API wrapping: nothing here uses them, and each
                // would be a filter on every request.
                .sessionManagement(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(routes -> {
                    routes.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    publicRoutes.stream().flatMap(declared -> declared.routes().stream())
                            .flatMap(route -> route.method() == HttpMethod.GET
                                    ? Stream.of(route, new PublicRoutes.Route(HttpMethod.HEAD, route.path()))
                                    : Stream.of(route))
                            .forEach(route -> routes.requestMatchers(route.method(), route.path()).permitAll());
                    routes.anyRequest().access(authenticatedWhereServed(new ServedRequests(handlerMappings)));
                })
                .addFilterBefore(new AccessTokenFilter(authenticator, errors), AuthorizationFilter.class)
                .exceptionHandling(failures -> failures
                        .authenticationEntryPoint((request, response, refusal) -> {
                            Object reason = request.getAttribute(AccessTokenFilter.REFUSAL_ATTRIBUTE);
                            errors.write(response,
                                    ApiError.unauthenticated(reason != null ? reason.toString() : MISSING_TOKEN));
                        })
                        .accessDeniedHandler((request, response, denied) -> errors.write(response,
                                ApiError.forbidden("this route is not open to this user"))));
        return http.build();
    }

    /**
     * A request some handler serves needs a token. One no handler serves is let through, to be answered 404, or 405
     * for a path served by other methods: a token would not make it right, so a missing one is not what the answer
     * is about. Only a request without a valid token is looked up, so the routes' own requests pay nothing for it.
     */
    private static AuthorizationManager<RequestAuthorizationContext> authenticatedWhereServed(ServedRequests served) {
        AuthenticatedAuthorizationManager<RequestAuthorizationContext> authenticated =
                AuthenticatedAuthorizationManager.authenticated();
        return (authentication, context) -> {
            try {
                return authenticated.authorize(authentication, context);
            } catch (AuthenticationCredentialsNotFoundException noValidToken) {
                if (served.isServed(context.getRequest())) {
                    throw noValidToken;
                }
                return new AuthorizationDecision(true);
            }
        };
    }

    /**
     * Every method a route may answer, whichever routes the contexts add; TRACE and CONNECT serve no route here.
     */
    static final List<HttpMethod> ROUTE_METHODS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    /** Production refuses {@code *} before the application starts (see {@code SettingsCheck}). */
    private static CorsConfigurationSource corsConfiguration(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        if (properties.allowsAnyOrigin()) {
            cors.addAllowedOriginPattern(CorsProperties.ANY_ORIGIN);
        } else {
            cors.setAllowedOrigins(properties.allowedOrigins());
        }
        cors.setAllowedMethods(ROUTE_METHODS.stream().map(HttpMethod::name).toList());
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE));
        cors.setExposedHeaders(List.of("X-Request-Id"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
