package io.dossier.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public site's packages: no cycles, a pure URL grammar, the front controller on top, no entities. */
class ArchitectureTest {

    private static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.dossier.web");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("io.dossier.web.(*)..").should().beFreeOfCycles().check(web);
    }

    @Test
    void theUrlGrammarIsPure() {
        noClasses()
                .that()
                .resideInAPackage("io.dossier.web.routing..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("io.dossier.web.routing..", "java..")
                .because("parsing a path needs neither the database, the request nor the container")
                .check(web);
    }

    @Test
    void nothingDispatchesThroughTheFrontController() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.dossier.web.front..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.dossier.web.front..")
                .check(web);
    }

    @Test
    void noEntityReachesAPageOrAnApi() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.dossier.core.model..")
                .because("pages and APIs read records from core.query and words from core.vocabulary")
                .check(web);
    }
}
