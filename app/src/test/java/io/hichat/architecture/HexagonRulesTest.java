package io.hichat.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static io.hichat.architecture.Contexts.CLASSES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClass.Predicates;

/**
 * Rules 1, 2, 3, 5 and 6 of the architecture, written once and applied to every context that has code. ArchUnit
 * refuses a rule whose subject is empty, and rule 6 names every package the rules rely on, so no rule passes
 * because there was nothing to check.
 */
class HexagonRulesTest {

    static List<String> contexts() {
        List<String> contexts = Contexts.withCode();
        assertThat(contexts).as("contexts with code").isNotEmpty();
        return contexts;
    }

    /** Rule 1: the domain is plain Java. */
    @ParameterizedTest
    @MethodSource("contexts")
    void theDomainDependsOnTheJdkAndJMoleculesOnly(String context) {
        classes().that().resideInAPackage(context + ".domain..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "org.jmolecules..", "org.jspecify..",
                        context + ".domain..", context + ".events..").or(isPrimitiveOrArrayOfThem()))
                .check(CLASSES);
    }

    /** Rule 2: use cases see their domain, their ports and their module's API, and Spring's transactions. */
    @ParameterizedTest
    @MethodSource("contexts")
    void theApplicationDependsOnItsDomainAndPortsOnly(String context) {
        classes().that().resideInAPackage(context + ".application..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "org.jmolecules..", "org.jspecify..",
                        "org.springframework.transaction..", context + ".domain..", context + ".events..",
                        context + ".application..").or(resideInAPackage(context)).or(isPrimitiveOrArrayOfThem()))
                .check(CLASSES);
    }

    /** Rule 3: driving adapters call use-case interfaces, never the services behind them. */
    @ParameterizedTest
    @MethodSource("contexts")
    void drivingAdaptersCallUseCaseInterfacesOnly(String context) {
        noClasses().that().resideInAPackage(context + ".adapter.in..")
                .should().dependOnClassesThat(resideInAPackage(context + ".application..")
                        .and(not(resideInAPackage(context + ".application.port.in.."))))
                .check(CLASSES);
    }

    /** Rule 3: driven adapters implement outgoing ports and know nothing else of the application. */
    @ParameterizedTest
    @MethodSource("contexts")
    void drivenAdaptersSeeOutgoingPortsOnly(String context) {
        noClasses().that().resideInAPackage(context + ".adapter.out..")
                .should().dependOnClassesThat(resideInAPackage(context + ".application..")
                        .and(not(resideInAPackage(context + ".application.port.out.."))))
                .check(CLASSES);
    }

    /** Rule 3: adapters do not use each other. */
    @ParameterizedTest
    @MethodSource("contexts")
    void adaptersDoNotDependOnEachOther(String context) {
        slices().matching(context + ".adapter.(*).(*)..").should().notDependOnEachOther().check(CLASSES);
    }

    /** Rule 3: nothing of a context reaches into another context's hexagon. */
    @ParameterizedTest
    @MethodSource("contexts")
    void aContextNeverReachesIntoAnotherContextsInternals(String context) {
        String[] othersInternals = Contexts.othersThan(context)
                .flatMap(other -> List.of(other + ".domain..", other + ".application..", other + ".adapter..")
                        .stream())
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(context + "..")
                .should().dependOnClassesThat().resideInAnyPackage(othersInternals)
                .check(CLASSES);
    }

    /** Rule 5: a context's tables are used by that context's persistence adapter and nothing else. */
    @ParameterizedTest
    @MethodSource("contexts")
    void onlyTheOwningPersistenceAdapterUsesASchema(String context) {
        String schemaPackage = Contexts.schemaPackageOf(context);
        classes().that().resideInAPackage(schemaPackage + "..")
                .should().onlyBeAccessed().byClassesThat()
                .resideInAnyPackage(schemaPackage + "..", context + ".adapter.out.persistence..")
                .check(CLASSES);
    }

    /** Rule 6: every package the rules above name exists and holds classes. */
    @ParameterizedTest
    @MethodSource("contexts")
    void everyPackageTheRulesNameHoldsClasses(String context) {
        List<String> required = List.of(context + ".domain", context + ".events", context + ".application",
                context + ".application.port.in", context + ".application.port.out", context + ".adapter.in.web",
                context + ".adapter.out.persistence");
        assertThat(required).filteredOn(packageName -> !Contexts.hasClasses(packageName))
                .as("packages of %s that the rules name but that hold no classes", context).isEmpty();
        assertThat(Contexts.hasClasses(Contexts.schemaPackageOf(context)))
                .as("%s holds the generated classes of %s's schema", Contexts.schemaPackageOf(context), context)
                .isTrue();
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> isPrimitiveOrArrayOfThem() {
        return Predicates.type(int.class).or(Predicates.type(long.class)).or(Predicates.type(boolean.class))
                .or(Predicates.type(short.class)).or(Predicates.type(byte.class)).or(Predicates.type(char.class))
                .or(Predicates.type(double.class)).or(Predicates.type(float.class)).or(Predicates.type(void.class))
                .or(Predicates.type(byte[].class)).or(Predicates.type(char[].class));
    }
}
