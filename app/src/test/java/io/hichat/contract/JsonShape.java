package io.hichat.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;

/**
 * Compares an answer with an example by shape: every field of the example, at every depth, is in the answer with
 * the same JSON type. The answer may have more fields (the contract allows adding, never renaming, removing or
 * retyping). Elements of an example array are merged into one expected element, since the document's examples
 * leave optional fields out of some items.
 */
final class JsonShape {

    private JsonShape() {
    }

    /** The differences, one line each, empty when the shapes agree. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        return differences;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (!kind(expected).equals(kind(actual))) {
            differences.add(path + ": expected " + kind(expected) + " but was " + kind(actual) + " (" + actual + ")");
            return;
        }
        if (expected.isObject()) {
            for (String field : expected.propertyNames()) {
                if (!actual.has(field)) {
                    differences.add(path + "." + field + ": missing");
                } else {
                    compare(path + "." + field, expected.get(field), actual.get(field), differences);
                }
            }
        } else if (expected.isArray() && !expected.isEmpty()) {
            if (actual.isEmpty()) {
                differences.add(path + ": expected items like the document's, but the list was empty");
            }
            Map<String, JsonNode> element = mergedElement(expected);
            for (int i = 0; i < actual.size(); i++) {
                JsonNode item = actual.get(i);
                JsonNode example = element.containsKey("") ? element.get("") : objectOf(element, expected);
                compare(path + "[" + i + "]", example, item, differences);
            }
        }
    }

    /** Object elements merge field by field; an array of scalars keeps its first element's kind under "". */
    private static Map<String, JsonNode> mergedElement(JsonNode array) {
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        for (JsonNode element : array) {
            if (!element.isObject()) {
                merged.putIfAbsent("", element);
                continue;
            }
            for (String field : element.propertyNames()) {
                merged.putIfAbsent(field, element.get(field));
            }
        }
        return merged;
    }

    private static JsonNode objectOf(Map<String, JsonNode> fields, JsonNode sample) {
        var object = sample.get(0).deepCopy();
        if (object.isObject()) {
            var writable = (tools.jackson.databind.node.ObjectNode) object;
            fields.forEach(writable::set);
        }
        return object;
    }

    private static String kind(JsonNode node) {
        if (node.isIntegralNumber()) {
            return "integer";
        }
        JsonNodeType type = node.getNodeType();
        return type.name().toLowerCase();
    }
}
