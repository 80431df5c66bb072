package io.hichat.architecture;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.aot.generate.Generated;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The bounded contexts as the architecture rules see them, all derived from the code: every application module
 * Spring Modulith detects, and the database schemas each owns, which are the generated jOOQ packages its
 * persistence adapter uses. A context with no code yet (only its {@code package-info}) is left out until it gets
 * some, and is checked from then on without any change here.
 */
final class Contexts {

    /**
     * The classes written here. The build also puts Spring's output beside them (AOT bean definitions, the
     * transaction proxies of the use-case services), which depends on Spring by design and is nobody's code to
     * change, so it is left out.
     */
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hichat")
            .that(DescribedPredicate.describe("written by hand", type -> !type.isAnnotatedWith(Generated.class)
                    && !type.getName().contains("$$SpringCGLIB$$")));

    /** Where jOOQ generates each schema's classes, one package io.hichat.db.{schema} per schema. */
    static final String GENERATED_SCHEMAS = "io.hichat.db";

    private Contexts() {
    }

    static List<String> withCode() {
        return all().stream().filter(Contexts::hasCode).toList();
    }

    static List<String> all() {
        return ModularityTests.MODULES.stream().map(module -> module.getBasePackage().getName()).toList();
    }

    static Stream<String> othersThan(String context) {
        return all().stream().filter(other -> !other.equals(context));
    }

    /** The schemas a context owns: the generated schema packages its persistence adapter uses. */
    static Set<String> schemaPackagesOf(String context) {
        return CLASSES.stream()
                .filter(type -> type.getPackageName().startsWith(context + ".adapter.out.persistence"))
                .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
                .map(dependency -> schemaPackage(dependency.getTargetClass()))
                .filter(schema -> !schema.isEmpty())
                .collect(Collectors.toSet());
    }

    /** Every schema jOOQ generated classes for. */
    static Set<String> generatedSchemaPackages() {
        return CLASSES.stream().map(Contexts::schemaPackage).filter(schema -> !schema.isEmpty())
                .collect(Collectors.toSet());
    }

    /** Whether the package or one of its subpackages holds classes. */
    static boolean hasClassesUnder(String packageName) {
        return CLASSES.stream().anyMatch(type -> (type.getPackageName().equals(packageName)
                || type.getPackageName().startsWith(packageName + ".")) && isCode(type));
    }

    /** io.hichat.db.{schema} for a generated class of a schema, empty for anything else. */
    private static String schemaPackage(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(GENERATED_SCHEMAS + ".")) {
            return "";
        }
        String schema = name.substring(GENERATED_SCHEMAS.length() + 1).split("\\.")[0];
        return GENERATED_SCHEMAS + "." + schema;
    }

    private static boolean hasCode(String context) {
        return hasClassesUnder(context);
    }

    private static boolean isCode(JavaClass type) {
        return !type.getSimpleName().equals("package-info");
    }
}
