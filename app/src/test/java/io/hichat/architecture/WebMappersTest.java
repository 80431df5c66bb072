package io.hichat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static io.hichat.architecture.Contexts.CLASSES;

import org.junit.jupiter.api.Test;
import org.mapstruct.Mapper;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.hichat.shared.web.WebMapping;

/**
 * Every MapStruct mapper takes the shared configuration, {@link WebMapping}: without it a mapper is no Spring bean,
 * knows none of the wire conversions, and leaves a field it forgot unmapped without failing the build.
 */
class WebMappersTest {

    @Test
    void everyMapperTakesTheSharedWebMappingConfiguration() {
        classes().that().areAnnotatedWith(Mapper.class).should(nameTheConfiguration(WebMapping.class))
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> nameTheConfiguration(Class<?> configuration) {
        return new ArchCondition<>("say @Mapper(config = " + configuration.getSimpleName() + ".class)") {
            @Override
            public void check(JavaClass mapper, ConditionEvents events) {
                JavaAnnotation<JavaClass> annotation = mapper.getAnnotationOfType(Mapper.class.getName());
                boolean named = annotation.get("config").filter(JavaClass.class::isInstance).map(JavaClass.class::cast)
                        .map(config -> config.isEquivalentTo(configuration)).orElse(false);
                events.add(new SimpleConditionEvent(mapper, named,
                        mapper.getName() + (named ? " names " : " does not name ") + configuration.getName()));
            }
        };
    }
}
