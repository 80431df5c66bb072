package io.hichat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.architecture.PublicEventsTest;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Contract §11: the AsyncAPI description of the public events is served to anyone at /asyncapi.yaml, lists every
 * public event with its routing key and its fields, and is the one checked in as {@code docs/asyncapi.yaml}
 * (refreshed with the OpenAPI copy by {@code ./mvnw verify -Dhichat.openapi.write=true}).
 */
@HttpApiTest
class AsyncApiDescriptionTest {

    @Autowired
    Api api;

    @Test
    void theCheckedInDescriptionIsTheServedOneAndNeedsNoToken() throws IOException {
        ApiResponse served = api.get("/asyncapi.yaml").send();
        CheckedInDescription.assertIsTheServedOne("asyncapi.yaml", served);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/yaml"));
    }

    /** Written here from the event classes as the contract words it, apart from the server's own naming code. */
    @Test
    void everyPublicEventHasAChannelNamedByItsContextAndNameAndItsFieldsInSnakeCase() {
        JsonNode document = YAMLMapper.builder().build().readTree(api.get("/asyncapi.yaml").send().body());

        Map<String, List<String>> expected = new TreeMap<>();
        for (Class<?> event : PublicEventsTest.publicEvents()) {
            String context = event.getPackageName().split("\\.")[2];
            expected.put(context + "." + snakeCase(event.getSimpleName()), Arrays.stream(event.getRecordComponents())
                    .map(RecordComponent::getName).map(AsyncApiDescriptionTest::snakeCase).toList());
        }
        Map<String, List<String>> described = new TreeMap<>();
        document.get("channels").properties().forEach(channel -> {
            String message = channel.getValue().get("messages").propertyNames().iterator().next();
            described.put(channel.getValue().get("address").asString(), document.get("components").get("schemas")
                    .get(message).get("properties").propertyNames().stream().toList());
            assertThat(channel.getValue().at("/bindings/amqp/exchange/type").asString()).isEqualTo("topic");
        });

        assertThat(described).isEqualTo(expected);
        assertThat(document.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.at("/components/schemas/FriendRequestAccepted/properties/event_id/format").asString())
                .isEqualTo("uuid");
    }

    private static String snakeCase(String name) {
        StringBuilder snake = new StringBuilder();
        for (char letter : name.toCharArray()) {
            if (Character.isUpperCase(letter) && !snake.isEmpty()) {
                snake.append('_');
            }
            snake.append(Character.toLowerCase(letter));
        }
        return snake.toString();
    }
}
