package io.hichat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;

/**
 * Contract §11: the contexts' public events (every class of a context's {@code events} package) are the integration
 * API for other services. Each is a record that opens with a unique {@code eventId} and its {@code occurredAt}, and
 * carries ids and plain values only: no object a consumer would need this code base to read, nothing it could leak.
 */
public class PublicEventsTest {

    private static final Set<Class<?>> PLAIN = Set.of(long.class, int.class, boolean.class, String.class);

    public static List<Class<?>> publicEvents() {
        Set<String> eventPackages = Contexts.all().stream().map(context -> context + ".events")
                .collect(Collectors.toSet());
        List<Class<?>> events = Contexts.CLASSES.stream()
                .filter(type -> eventPackages.contains(type.getPackageName()))
                .filter(type -> !type.getSimpleName().equals("package-info") && type.isTopLevelClass())
                .map(JavaClass::reflect)
                .toList();
        assertThat(events).as("public events").isNotEmpty();
        return events;
    }

    @Test
    void everyPublicEventIsARecordOfAnEventIdAnOccurredAtAndPlainValues() {
        assertThat(publicEvents()).allSatisfy(event -> {
            assertThat(event.isRecord()).as(event.getName() + " is a record").isTrue();
            assertThat(DomainEvent.class).as(event.getName()).isAssignableFrom(event);
            RecordComponent[] components = event.getRecordComponents();
            assertThat(components.length).as(event.getName()).isGreaterThan(2);
            assertThat(components[0].getName() + ": " + components[0].getType().getSimpleName())
                    .as(event.getName()).isEqualTo("eventId: UUID");
            assertThat(components[0].getType()).isEqualTo(UUID.class);
            assertThat(components[1].getName() + ": " + components[1].getType()).as(event.getName())
                    .isEqualTo("occurredAt: long");
            assertThat(Arrays.stream(components).skip(2)).as(event.getName() + "'s fields")
                    .allSatisfy(component -> assertThat(PLAIN).as(component.getName()).contains(component.getType()));
        });
    }
}
