package io.dossier.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The back office's screens form no cycles and work on records and commands, never on entities. */
class ArchitectureTest {

    private static JavaClasses admin;

    @BeforeAll
    static void importAdmin() {
        admin = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.dossier.admin");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("io.dossier.admin.(**)").should().beFreeOfCycles().check(admin);
    }

    @Test
    void noEntityReachesAScreen() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.dossier.core.model..")
                .because("screens read records from core.query and change content through core.service")
                .check(admin);
    }
}
