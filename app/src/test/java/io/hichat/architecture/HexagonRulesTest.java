package io.hichat.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static io.hichat.architecture.Contexts.CLASSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClass.Predicates;

/**
 * Rules 1, 2, 3, 5 and 6 of the architecture, written once and applied to every context that has code. A rule runs
 * on a context only where the context has the package the rule is about (a context that only listens needs no
 * controller, table or event); ArchUnit refuses a rule whose subject is empty, and rule 6 checks that every package
 * the rules are about holds classes in some context, so no rule passes because there was nothing to check.
 */
class HexagonRulesTest {

    /** The packages of a context the rules are about; a rule names a context's package through one of these. */
    enum Layer {
        DOMAIN(".domain"), EVENTS(".events"), APPLICATION(".application"), PORTS_IN(".application.port.in"),
        PORTS_OUT(".application.port.out"), DRIVING_ADAPTERS(".adapter.in"), DRIVEN_ADAPTERS(".adapter.out"),
        PERSISTENCE(".adapter.out.persistence");

        private final String suffix;

        Layer(String suffix) {
            this.suffix = suffix;
        }

        String of(String context) {
            return context + suffix;
        }

        /** The layer's package and its subpackages, as ArchUnit writes it. */
        String under(String context) {
            return of(context) + "..";
        }

        boolean isIn(String context) {
            return Contexts.hasClassesUnder(of(context));
        }
    }

    static final String SHARED_DOMAIN = "io.hichat.shared.domain";

    static List<String> contexts() {
        List<String> contexts = Contexts.withCode();
        assertThat(contexts).as("contexts with code").isNotEmpty();
        return contexts;
    }

    /** Rule 1: the domain is plain Java, and so is the shared kernel it uses. */
    @ParameterizedTest
    @MethodSource("contexts")
    void theDomainDependsOnTheJdkAndJMoleculesOnly(String context) {
        assertUsesNothingBut(context, Layer.DOMAIN,
                plainJavaOr(SHARED_DOMAIN + "..", Layer.DOMAIN.under(context), Layer.EVENTS.under(context)));
    }

    /** Rule 1, for the shared kernel every domain may use. */
    @Test
    void theSharedKernelIsPlainJava() {
        classes().that().resideInAPackage(SHARED_DOMAIN + "..")
                .should().onlyDependOnClassesThat(plainJavaOr(SHARED_DOMAIN + ".."))
                .check(CLASSES);
    }

    /**
     * Rule 2: use cases see their domain, their ports and their module's API, and Spring's transactions (and
     * Lombok's {@code @NonNull}, which commands' null checks leave in their class files, though nothing reads it when
     * the server runs).
     */
    @ParameterizedTest
    @MethodSource("contexts")
    void theApplicationDependsOnItsDomainAndPortsOnly(String context) {
        assertUsesNothingBut(context, Layer.APPLICATION, plainJavaOr("org.springframework.transaction..", "lombok",
                SHARED_DOMAIN + "..", Layer.DOMAIN.under(context), Layer.EVENTS.under(context),
                Layer.APPLICATION.under(context)).or(resideInAPackage(context)));
    }

    /** Rules 1 and 2 for one layer of a context: its classes use what is allowed and nothing else. */
    private static void assertUsesNothingBut(String context, Layer layer,
            com.tngtech.archunit.base.DescribedPredicate<JavaClass> allowed) {
        assumeHas(context, layer);
        classes().that().resideInAPackage(layer.under(context)).should().onlyDependOnClassesThat(allowed)
                .check(CLASSES);
    }

    /** Rule 3: driving adapters call use-case interfaces, never the services behind them. */
    @ParameterizedTest
    @MethodSource("contexts")
    void drivingAdaptersCallUseCaseInterfacesOnly(String context) {
        assertReachesTheApplicationOnlyThrough(context, Layer.DRIVING_ADAPTERS, Layer.PORTS_IN);
    }

    /** Rule 3: driven adapters implement outgoing ports and know nothing else of the application. */
    @ParameterizedTest
    @MethodSource("contexts")
    void drivenAdaptersSeeOutgoingPortsOnly(String context) {
        assertReachesTheApplicationOnlyThrough(context, Layer.DRIVEN_ADAPTERS, Layer.PORTS_OUT);
    }

    /** Rule 3 for one kind of adapter: of the application, it uses the given ports and nothing else. */
    private static void assertReachesTheApplicationOnlyThrough(String context, Layer adapters, Layer ports) {
        assumeHas(context, adapters);
        noClasses().that().resideInAPackage(adapters.under(context))
                .should().dependOnClassesThat(resideInAPackage(Layer.APPLICATION.under(context))
                        .and(not(resideInAPackage(ports.under(context)))))
                .check(CLASSES);
    }

    /** Rule 3: adapters do not use each other. */
    @ParameterizedTest
    @MethodSource("contexts")
    void adaptersDoNotDependOnEachOther(String context) {
        assumeTrue(Layer.DRIVING_ADAPTERS.isIn(context) || Layer.DRIVEN_ADAPTERS.isIn(context),
                () -> context + " has no adapters");
        slices().matching(context + ".adapter.(*).(*)..").should().notDependOnEachOther().allowEmptyShould(true)
                .check(CLASSES);
    }

    /** Rule 3: nothing of a context reaches into another context's hexagon. */
    @ParameterizedTest
    @MethodSource("contexts")
    void aContextNeverReachesIntoAnotherContextsInternals(String context) {
        String[] othersInternals = Contexts.othersThan(context)
                .flatMap(other -> Stream.of(Layer.DOMAIN.under(other), Layer.APPLICATION.under(other),
                        other + ".adapter.."))
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(context + "..")
                .should().dependOnClassesThat().resideInAnyPackage(othersInternals)
                .check(CLASSES);
    }

    /** Rule 5: a context's tables are used by that context's persistence adapter and nothing else. */
    @ParameterizedTest
    @MethodSource("contexts")
    void onlyTheOwningPersistenceAdapterUsesASchema(String context) {
        assumeHas(context, Layer.PERSISTENCE);
        Set<String> schemas = Contexts.schemaPackagesOf(context);
        assertThat(schemas).as("schemas %s's persistence adapter uses", context).isNotEmpty();
        String[] owned = schemas.stream().map(schema -> schema + "..").toArray(String[]::new);
        classes().that().resideInAnyPackage(owned)
                .should().onlyBeAccessed().byClassesThat(resideInAnyPackage(owned)
                        .or(resideInAPackage(Layer.PERSISTENCE.under(context)))
                        .or(resideInAPackage(Contexts.GENERATED_SCHEMAS)))
                .check(CLASSES);
    }

    /** Rule 5: every schema has exactly one owner, so no table is shared and none is left without a context. */
    @Test
    void everySchemaBelongsToExactlyOneContext() {
        Set<String> schemas = Contexts.generatedSchemaPackages();
        assertThat(schemas).as("generated schemas").isNotEmpty();
        Map<String, Set<String>> schemasByContext = contexts().stream()
                .collect(Collectors.toMap(Function.identity(), Contexts::schemaPackagesOf));
        schemas.forEach(schema -> assertThat(schemasByContext.entrySet().stream()
                .filter(owned -> owned.getValue().contains(schema)).map(Map.Entry::getKey).toList())
                .as("contexts whose persistence adapter uses %s", schema).hasSize(1));
    }

    /**
     * Rule 6: every package the rules are about holds classes in some context, so a rule that names a package no
     * context has (a misspelt layer, say) fails here instead of being skipped everywhere.
     */
    @ParameterizedTest
    @EnumSource(Layer.class)
    void everyPackageTheRulesNameHoldsClassesSomewhere(Layer layer) {
        assertThat(contexts()).as("contexts with classes in their %s package", layer.suffix)
                .anyMatch(layer::isIn);
    }

    /** A context's rule for a package it does not have is skipped, and says so. */
    private static void assumeHas(String context, Layer layer) {
        assumeTrue(layer.isIn(context), () -> context + " has no " + layer.suffix.substring(1) + " package");
    }

    /** The JDK, jMolecules and JSpecify, primitives, and the given packages: plain Java, with what a rule adds. */
    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> plainJavaOr(String... packages) {
        String[] allowed = Stream.concat(Stream.of("java..", "org.jmolecules..", "org.jspecify.."),
                Stream.of(packages)).toArray(String[]::new);
        return resideInAnyPackage(allowed).or(isPrimitiveOrArrayOfThem());
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> isPrimitiveOrArrayOfThem() {
        return Predicates.type(int.class).or(Predicates.type(long.class)).or(Predicates.type(boolean.class))
                .or(Predicates.type(short.class)).or(Predicates.type(byte.class)).or(Predicates.type(char.class))
                .or(Predicates.type(double.class)).or(Predicates.type(float.class)).or(Predicates.type(void.class))
                .or(Predicates.type(byte[].class)).or(Predicates.type(char[].class));
    }
}
