package io.hichat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.VerificationOptions;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.hichat.HichatApplication;

/**
 * Rule 4 of the architecture: contexts reach each other only through a module's API or its events, without
 * cycles and within their declared dependencies; inside each context, jMolecules' hexagonal rule at its strictest
 * depth (no adapter touches non-port application code) and its DDD rules.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(HichatApplication.class);
    private static final String ROOT = HichatApplication.class.getPackageName();

    @Test
    void modulesRespectTheirBoundariesAndEachContextIsAStrictHexagon() {
        MODULES.verify(VerificationOptions.defaults().withAdditionalVerifications(
                JMoleculesDddRules.all(),
                JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.STRICT)));
    }

    /**
     * The rules above and in {@link HexagonRulesTest} check what Spring Modulith sees as a module; a package under
     * {@code io.hichat} that is none would be checked by no rule. Beside the modules, only the shared kernel, the
     * platform (the web edge and operations) and the generated jOOQ classes live there.
     */
    @Test
    void everyPackageDirectlyUnderTheRootIsAModuleTheSharedKernelThePlatformOrTheDatabase() {
        Set<String> known = new TreeSet<>(List.of(ROOT + ".shared", ROOT + ".platform", ROOT + ".db"));
        MODULES.forEach(module -> known.add(module.getBasePackage().getName()));
        classes().that().resideOutsideOfPackage(ROOT)
                .should(new ArchCondition<>("reside in one of " + known) {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String name = type.getPackageName();
                        String topLevel = ROOT + "." + name.substring(ROOT.length() + 1).split("\\.")[0];
                        if (!known.contains(topLevel)) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is in " + topLevel
                                    + ", which is no module, nor shared, platform or db"));
                        }
                    }
                })
                .check(Contexts.CLASSES);
    }
}
