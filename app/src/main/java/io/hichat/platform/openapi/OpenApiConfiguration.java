package io.hichat.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import io.hichat.shared.web.ClientAddress;
import io.hichat.shared.web.CurrentAccessToken;
import io.hichat.shared.web.CompatibilityRoutes;
import io.hichat.shared.web.CurrentUserId;
import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.ListSync;
import io.hichat.shared.web.PageRequest;
import io.hichat.shared.web.PublicRoutes;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The API description: springdoc's reading of the controllers, plus what only the application knows — the error
 * envelope and its codes, the access token, which paths are the document's aliases, and the document's examples.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String TOKEN = "accessToken";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String ERROR_ENVELOPE = "ErrorEnvelope";

    static {
        // The current user comes from the token, not from the request: not a parameter a client sends.
        SpringDocUtils.getConfig().addAnnotationsToIgnore(CurrentUserId.class, CurrentAccessToken.class,
                ClientAddress.class);
        // A list's page is two query parameters, described by pagedLists() below.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageRequest.class);
    }

    /** The contract's error answers: status, code, when. */
    private static final Map<String, String> ERRORS = errors();

    private static Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "100002: malformed JSON, a missing or invalid field, a wrong type, a body too large");
        errors.put("401", "100003: no token, a bad signature, another algorithm, expired, an unknown user, logged "
                + "out, or issued before a password change; 100001: wrong phone or password (login), or a wrong "
                + "old_password (password change)");
        errors.put("403", "100001: authenticated but not allowed (not the recipient, not a group admin, "
                + "not a member)");
        errors.put("404", "100001: the user, group or request referred to does not exist");
        errors.put("409", "100001: a business rule refused it (phone already registered, request already handled)");
        errors.put("429", "100005: too many attempts (failed logins for a phone, logins, registrations or searches "
                + "from an address, searches by a user); try again after Retry-After seconds");
        errors.put("500", "100001: an unexpected failure; the message carries a reference found in the log");
        errors.put("503", "100004: the database cannot be reached; 100006: the server is busy (as many passwords "
                + "are being hashed as it takes at once, or a password waited too long for its turn), try again "
                + "after Retry-After seconds");
        return errors;
    }

    @Bean
    OpenAPI hichatOpenApi() {
        return new OpenAPI()
                .info(new Info().title("HiChat API").version("1")
                        .description("The user and social API of HiChat, as the clients' API document describes it. "
                                + "User routes answer {\"code\":200,\"msg\":\"\",\"data\":...}; social routes answer "
                                + "the bare object. Every error answers {\"code\",\"msg\",\"data\":null} with a real "
                                + "HTTP status. Lists take optional page_size (at most 1000) and page_token, and "
                                + "add next_page_token where more remain; each says its version, and since=<version> "
                                + "answers only what changed after it."))
                .servers(List.of(new Server().url("http://127.0.0.1:8888").description("测试环境"),
                        new Server().url("http://127.0.0.1:8889").description("social-api")))
                .components(new Components()
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("The token from register or login, as 'Authorization: Bearer <token>' "
                                        + "or the bare token, as the original clients send it."))
                        .addSchemas(ERROR_ENVELOPE, errorEnvelope()))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    /** Every route that takes a {@link PageRequest} lists the query parameters it is read from. */
    @Bean
    OperationCustomizer pagedLists() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == PageRequest.class)) {
                operation.addParametersItem(new QueryParameter().name(PageRequest.SIZE_PARAMETER).required(false)
                        .description("how many items a page holds: at most " + PageRequest.MAX_SIZE
                                + " (the default), also when more are asked for")
                        .schema(new IntegerSchema().minimum(BigDecimal.ONE)));
                operation.addParametersItem(new QueryParameter().name(PageRequest.TOKEN_PARAMETER).required(false)
                        .schema(new StringSchema()));
                operation.addParametersItem(new QueryParameter().name(PageRequest.SINCE_PARAMETER).required(false)
                        .description(ListSync.SINCE_DESCRIPTION)
                        .schema(new StringSchema().pattern(ApiFormats.WRITTEN_ID)));
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer contractDetails(List<PublicRoutes> publicRoutes, List<CompatibilityRoutes> compatibility) {
        Set<String> open = publicRoutes.stream().flatMap(declared -> declared.routes().stream())
                .map(route -> key(route.method(), route.path())).collect(Collectors.toSet());
        List<CompatibilityRoutes.Alias> aliases = compatibility.stream()
                .flatMap(declared -> declared.aliases().stream()).toList();
        ApiDocument document = ApiDocument.load();
        return openApi -> {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                boolean isPublic = open.contains(key(method.name(), path));
                if (isPublic) {
                    operation.setSecurity(List.of());
                }
                addErrorResponses(operation, isPublic);
                if (operation.getParameters() != null) {
                    operation.getParameters().stream().filter(parameter -> parameter.getSchema() != null)
                            .forEach(parameter -> numericEnums(parameter.getSchema()));
                }
            }));
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().values().forEach(OpenApiConfiguration::numericEnums);
            }
            document.routes().forEach(route -> addExamples(openApi, route));
            aliases.forEach(alias -> markDeprecated(openApi, alias, document));
        };
    }

    /**
     * Codes are numbers: an integer field's enum, written as annotation text ({@code allowableValues = {"0", "1"}}),
     * lists numbers, as the field's values are.
     */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void numericEnums(Schema<?> schema) {
        boolean isInteger = "integer".equals(schema.getType())
                || schema.getTypes() != null && schema.getTypes().contains("integer");
        if (isInteger && schema.getEnum() != null) {
            List<Object> numbers = schema.getEnum().stream()
                    .<Object>map(value -> Integer.valueOf(value.toString())).toList();
            ((Schema) schema).setEnum(new ArrayList<>(numbers));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiConfiguration::numericEnums);
        }
        if (schema.getItems() != null) {
            numericEnums(schema.getItems());
        }
    }

    private static void addErrorResponses(Operation operation, boolean isPublic) {
        ERRORS.forEach((status, meaning) -> {
            if (!(isPublic && status.equals("403"))) {
                operation.getResponses().addApiResponse(status, new ApiResponse().description(meaning)
                        .content(new Content().addMediaType(JSON, new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + ERROR_ENVELOPE)))));
            }
        });
    }

    private static void addExamples(OpenAPI openApi, ApiDocument.Route route) {
        Operation operation = operation(openApi, route.method(), route.path());
        if (operation == null) {
            return;
        }
        operation.setSummary(route.title());
        if (route.requestExample() != null && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().values()
                    .forEach(media -> media.addExamples("document", example(route.requestExample())));
        }
        ApiResponse ok = operation.getResponses().get("200");
        if (route.responseExample() != null && ok != null && ok.getContent() != null) {
            ok.getContent().values().forEach(media -> media.addExamples("document", example(route.responseExample())));
        }
    }

    /** An alias gets the deprecation and its canonical path's description; the canonical path its examples too. */
    private static void markDeprecated(OpenAPI openApi, CompatibilityRoutes.Alias alias, ApiDocument document) {
        Operation aliasOperation = operation(openApi, alias.method().name(), alias.path());
        Operation canonical = operation(openApi, alias.method().name(), alias.canonicalPath());
        if (aliasOperation == null) {
            return;
        }
        aliasOperation.setDeprecated(true);
        aliasOperation.setDescription("Served as the API document lists it; the same route as "
                + alias.method().name() + " " + alias.canonicalPath() + ", which new clients should call.");
        boolean documentedAtAliasOnly = document.routes().stream().noneMatch(route ->
                route.method().equals(alias.method().name()) && route.path().equals(alias.canonicalPath()));
        if (canonical != null && documentedAtAliasOnly) {
            document.routes().stream()
                    .filter(route -> route.method().equals(alias.method().name()) && route.path().equals(alias.path()))
                    .forEach(route -> addExamples(openApi, new ApiDocument.Route(route.method(),
                            alias.canonicalPath(), route.title(), route.requestExample(), route.responseExample())));
        }
    }

    private static @Nullable Operation operation(OpenAPI openApi, String method, String path) {
        PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(path);
        if (item == null) {
            return null;
        }
        return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
    }

    private static Example example(String json) {
        try {
            return new Example().summary("from the API document").value(Json.mapper().readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            throw new IllegalStateException("the API document has an example that is not JSON: " + json, notJson);
        }
    }

    private static String key(HttpMethod method, String path) {
        return key(method.name(), path);
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema<?> errorEnvelope() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("code", new IntegerSchema().description("100001, 100002, 100003 or 100004").example(100002));
        properties.put("msg", new StringSchema().description("what is wrong, for a client developer")
                .example("phone is required"));
        properties.put("data", new ObjectSchema().nullable(true).description("always null").example(null));
        return new ObjectSchema().description("The answer to every error, on every route")
                .properties(properties).required(new ArrayList<>(properties.keySet()));
    }
}
