package io.hichat.platform.broker;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The AsyncAPI 3 description of the public events, written from the event classes themselves: one channel per
 * routing key on the events exchange, one message per event, its payload the record's components by the names
 * they have on the wire (snake_case). No library on this stack reads it off the code (the events leave through
 * Spring Modulith's externalization, not through listener or producer annotations a scanner would find), so this
 * is the generator, and a test compares its output with the copy checked in as docs/asyncapi.yaml.
 */
final class AsyncApiDocument {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> FIELD_DESCRIPTIONS = Map.of(
            "event_id", "unique per event (also the message id): a consumer drops a repeat by it",
            "occurred_at", "when it happened, in unix seconds");

    private AsyncApiDocument() {
    }

    static String yaml(List<Class<?>> events, String exchange) {
        return YAML.writeValueAsString(of(events, exchange));
    }

    static ObjectNode of(List<Class<?>> events, String exchange) {
        ObjectNode document = JSON.createObjectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "HiChat events");
        info.put("version", "1.0.0");
        info.put("description", "The events of HiChat's contexts (identity, friendship, group), published after "
                + "the transaction that made them commits, at least once, when hichat.events.broker is rabbitmq: "
                + "to the topic exchange hichat.events.exchange, routing key <context>.<event>, body JSON. Ids "
                + "only; read what they name through the HTTP API.");
        document.put("defaultContentType", "application/json");
        ObjectNode server = document.putObject("servers").putObject("rabbitmq");
        server.put("host", "localhost:5672");
        server.put("protocol", "amqp");
        server.put("description", "the broker spring.rabbitmq.* names");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        for (Class<?> event : events) {
            String key = PublicEvents.routingKeyOf(event);
            String name = event.getSimpleName();
            ObjectNode channel = channels.putObject(key);
            channel.put("address", key);
            channel.putObject("messages").putObject(name).put("$ref", "#/components/messages/" + name);
            ObjectNode binding = channel.putObject("bindings").putObject("amqp");
            binding.put("is", "routingKey");
            ObjectNode exchangeBinding = binding.putObject("exchange");
            exchangeBinding.put("name", exchange);
            exchangeBinding.put("type", "topic");
            exchangeBinding.put("durable", true);
            exchangeBinding.put("autoDelete", false);
            ObjectNode operation = operations.putObject("publish" + name);
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + key);
            operation.putArray("messages").addObject().put("$ref", "#/channels/" + key + "/messages/" + name);
            ObjectNode message = messages.putObject(name);
            message.put("name", name);
            message.put("contentType", "application/json");
            message.putObject("payload").put("$ref", "#/components/schemas/" + name);
            schemas.set(name, schemaOf(event));
        }
        return document;
    }

    private static ObjectNode schemaOf(Class<?> event) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        var required = schema.putArray("required");
        ObjectNode properties = schema.putObject("properties");
        List<String> wireNames = wireNamesOf(event);
        RecordComponent[] components = event.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String field = wireNames.get(i);
            required.add(field);
            ObjectNode property = properties.putObject(field);
            Class<?> type = component.getType();
            if (type == UUID.class) {
                property.put("type", "string").put("format", "uuid");
            } else if (type == long.class) {
                property.put("type", "integer").put("format", "int64");
            } else if (type == int.class) {
                property.put("type", "integer").put("format", "int32");
            } else if (type == boolean.class) {
                property.put("type", "boolean");
            } else if (type == String.class) {
                property.put("type", "string");
            } else {
                throw new IllegalStateException(event.getName() + "." + component.getName() + " is a "
                        + type.getName() + ": public events carry ids and plain values only");
            }
            if (FIELD_DESCRIPTIONS.containsKey(field)) {
                property.put("description", FIELD_DESCRIPTIONS.get(field));
            }
        }
        return schema;
    }

    /** The names the transport writes, in the components' order: read off an instance of plain defaults. */
    private static List<String> wireNamesOf(Class<?> event) {
        RecordComponent[] components = event.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = types[i] == long.class ? 0L : types[i] == int.class ? 0 : types[i] == boolean.class ? false
                    : null;
        }
        try {
            Object instance = event.getDeclaredConstructor(types).newInstance(values);
            List<String> names = RabbitEventTransport.WIRE.valueToTree(instance).propertyNames().stream().toList();
            if (names.size() != components.length) {
                throw new IllegalStateException(event.getName() + " writes " + names + ", not one field per component");
            }
            return names;
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException("cannot describe " + event.getName(), unreadable);
        }
    }
}
