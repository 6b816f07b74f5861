package io.dossier.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Core's packages form layers: each may use only the packages listed before it. A change that
 * needs an upward import belongs in a higher package, or the helper it needs in a lower one.
 */
class ArchitectureTest {

    /** Bottom to top; docs/architecture.md explains what each holds. */
    static final List<String> LAYERS = List.of(
            "spi", // the plugin API: plain records and interfaces, nothing of core
            "text",
            "support",
            "vocabulary", // pure helpers, shared exceptions and words
            "model", // entities
            "event",
            "url",
            "security",
            "cache",
            "search",
            "media",
            "query", // read side: records for views, REST and plugins
            "service", // write side: commands with validation
            "plugin",
            "render", // the plugin runtime, the content pipeline
            "transfer",
            "demo",
            "db"); // import/export and what runs at start

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.dossier.core", "db.migration");
    }

    @Test
    void eachPackageUsesOnlyThoseBelowIt() {
        LayeredArchitecture layers =
                layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String layer : LAYERS) {
            layers = layers.layer(layer).definedBy("io.dossier.core." + layer + "..");
        }
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).toArray(String[]::new);
            layers = layers.whereLayer(LAYERS.get(i)).mayOnlyBeAccessedByLayers(above);
        }
        layers.whereLayer(LAYERS.getLast()).mayNotBeAccessedByAnyLayer().check(core);
    }

    @Test
    void everyPackageIsInALayer() {
        List<String> outside = core.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("io.dossier.core."))
                .map(p -> p.substring("io.dossier.core.".length()).split("\\.")[0])
                .filter(p -> !LAYERS.contains(p))
                .distinct()
                .toList();
        assertEquals(List.of(), outside, "a new package takes its place in LAYERS");
    }

    @Test
    void theApiNeedsNothingButJakartaAndTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("io.dossier.core.spi..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("io.dossier.core.spi..", "java..", "jakarta..")
                .check(core);
    }

    @Test
    void migrationsWrittenInJavaUseNoEntities() {
        noClasses()
                .that()
                .resideInAPackage("db.migration..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.dossier.core.model..")
                .because("a migration must keep working when the entities change after it")
                .check(core);
    }

    @Test
    void importersWriteThroughTheServicesOnly() {
        noClasses()
                .that()
                .resideInAPackage("io.dossier.core.transfer..")
                .and()
                .haveSimpleNameNotContaining("Export")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.dossier.core.model..")
                .because("an import creates accounts, profiles, terms, files, posts and old addresses through the"
                        + " back office's services, under the same rules (ImportWriters)")
                .check(core);
    }

    @Test
    void queriesAreReadIntoRecordsNeverByPosition() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(Object[].class.getName())
                .because("a query reads its columns into a row record (a JPQL constructor expression), so no"
                        + " column is read by its position in an Object[]")
                .check(core);
    }
}
