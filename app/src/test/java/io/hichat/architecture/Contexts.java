package io.hichat.architecture;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The bounded contexts as the architecture rules see them: every application module Spring Modulith detects,
 * with the database schema it owns. A context with no code yet (only its {@code package-info}) is left out until it
 * gets some, and is checked from then on without any change here.
 */
final class Contexts {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hichat");

    /** Which context owns each schema: the generated jOOQ package io.hichat.db.{schema} is that context's alone. */
    static final Map<String, String> SCHEMA_OWNERS = Map.of(
            "identity", "identity",
            "friendship", "friendship",
            "groups", "group");

    private static final String GENERATED_SCHEMAS = "io.hichat.db";

    private Contexts() {
    }

    static List<String> withCode() {
        return ModularityTests.MODULES.stream()
                .map(module -> module.getBasePackage().getName())
                .filter(Contexts::hasCode)
                .toList();
    }

    static List<String> all() {
        return ModularityTests.MODULES.stream().map(module -> module.getBasePackage().getName()).toList();
    }

    static Stream<String> othersThan(String context) {
        return all().stream().filter(other -> !other.equals(context));
    }

    /** The package of the context's generated jOOQ classes; a context with code must own a schema. */
    static String schemaPackageOf(String context) {
        String name = context.substring(context.lastIndexOf('.') + 1);
        return SCHEMA_OWNERS.entrySet().stream().filter(owner -> owner.getValue().equals(name))
                .map(owner -> GENERATED_SCHEMAS + "." + owner.getKey()).findFirst()
                .orElseThrow(() -> new AssertionError(
                        context + " owns no schema: add its schema to Contexts.SCHEMA_OWNERS"));
    }

    static boolean hasClasses(String packageName) {
        return CLASSES.stream().anyMatch(type -> type.getPackageName().equals(packageName) && isCode(type));
    }

    private static boolean hasCode(String context) {
        return CLASSES.stream().anyMatch(type -> type.getPackageName().startsWith(context) && isCode(type));
    }

    private static boolean isCode(JavaClass type) {
        return !type.getSimpleName().equals("package-info");
    }
}
