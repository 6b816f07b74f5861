package io.dossier.core.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.List;

/**
 * Holds a plugin's compiled classes to core's public API: ArchUnit reads the bytecode, so field
 * types, signatures, calls and constants count as well as imports.
 */
public final class PluginBoundary {

    private PluginBoundary() {}

    /** One line for every use of a core type outside {@code io.dossier.core.spi}; empty when there is none. */
    public static List<String> violations(Path classes) {
        return noClasses()
                .should()
                .dependOnClassesThat(
                        resideInAPackage("io.dossier.core..").and(not(resideInAPackage("io.dossier.core.spi.."))))
                .evaluate(new ClassFileImporter().importPath(classes))
                .getFailureReport()
                .getDetails();
    }
}
