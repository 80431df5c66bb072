package io.hichat.architecture;

import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.VerificationOptions;

import io.hichat.HichatApplication;

/**
 * Rule 4 of the architecture: contexts reach each other only through a module's API or its events, without
 * cycles and within their declared dependencies; inside each context, jMolecules' hexagonal rule at its strictest
 * depth (no adapter touches non-port application code) and its DDD rules.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(HichatApplication.class);

    @Test
    void modulesRespectTheirBoundariesAndEachContextIsAStrictHexagon() {
        MODULES.verify(VerificationOptions.defaults().withAdditionalVerifications(
                JMoleculesDddRules.all(),
                JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.STRICT)));
    }
}
