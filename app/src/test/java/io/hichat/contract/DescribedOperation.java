package io.hichat.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hichat.testing.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A route as the served API description lists it: its query parameters with their schemas, the schema of its JSON
 * body (missing where it takes none) and the API document's example body.
 */
record DescribedOperation(String method, String path, boolean isPublic, Map<String, JsonNode> queryParameterSchemas,
        JsonNode requestSchema, JsonNode documentExample) {

    /** Every route and documented alias of the description the server serves. */
    static List<DescribedOperation> all(Api api) {
        JsonNode description = api.get("/v3/api-docs").send().json();
        JsonNode schemas = description.path("components").path("schemas");
        List<DescribedOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : description.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                Map<String, JsonNode> query = new LinkedHashMap<>();
                operation.path("parameters").forEach(parameter -> {
                    if (parameter.path("in").asString("").equals("query")) {
                        query.put(parameter.get("name").stringValue(), parameter.path("schema"));
                    }
                });
                JsonNode json = operation.path("requestBody").path("content").path("application/json");
                String reference = json.path("schema").path("$ref").asString("");
                JsonNode schema = reference.isEmpty() ? MissingNode.getInstance()
                        : schemas.get(reference.substring(reference.lastIndexOf('/') + 1));
                JsonNode example = json.path("examples").path("document").path("value");
                boolean isPublic = operation.has("security") && operation.get("security").isEmpty();
                operations.add(new DescribedOperation(method.getKey().toUpperCase(), path.getKey(), isPublic, query,
                        schema, example));
            }
        }
        return operations;
    }

    List<String> queryParameters() {
        return List.copyOf(queryParameterSchemas.keySet());
    }

    /** The body's fields with their JSON types, in the description's order. */
    Map<String, String> fieldTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        requestSchema.path("properties").properties()
                .forEach(field -> types.put(field.getKey(), field.getValue().path("type").asString()));
        return types;
    }

    boolean hasBody() {
        return !fieldTypes().isEmpty();
    }
}
