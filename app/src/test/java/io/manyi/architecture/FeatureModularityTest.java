package io.manyi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The package-by-feature rules of docs/architecture.md, checked on the compiled code so that they
 * cannot drift: a feature's {@code internal} package is its own, and no two features depend on each
 * other, directly or through others (the dependencies between features form a tree one can read from
 * the bottom up: platform, then the features, then {@code io.manyi.commands} that composes them).
 */
class FeatureModularityTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.manyi");

    @Test
    void noFeatureUsesAnotherFeaturesInternals() {
        noClasses().should(useAnotherFeaturesInternals()).check(MAIN);
    }

    /** Pages, APIs and commands go through their feature's face (its top-level services), not its persistence. */
    @Test
    void controllersAndCommandsDoNotUseInternals() {
        noClasses().that().resideInAnyPackage("..web..", "..cli..", "..bench..", "..demo..", "io.manyi.commands..")
                .should().dependOnClassesThat().resideInAPackage("..internal..").check(MAIN);
    }

    @Test
    void noCyclesBetweenFeatures() {
        SlicesRuleDefinition.slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(MAIN);
    }

    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String feature = feature(javaClass.getName());
            return feature.isEmpty() ? SliceIdentifier.ignore() : SliceIdentifier.of(feature);
        }

        @Override
        public String getDescription() {
            return "features (io.manyi.<feature>, io.manyi.platform.<feature>)";
        }
    };

    /** {@code io.manyi.<feature>...} of a class, e.g. {@code complaints}, or {@code platform.security}. */
    static String feature(String className) {
        String[] parts = className.split("\\.");
        if (parts.length < 4) {
            return "";
        }
        // platform holds several small features of its own (audit, security, web, ...)
        return parts[2].equals("platform") ? parts[2] + "." + parts[3] : parts[2];
    }

    static String internalsOwner(String className) {
        int at = className.indexOf(".internal.");
        return at < 0 ? null : feature(className.substring(0, at) + ".internal.X");
    }

    private static ArchCondition<JavaClass> useAnotherFeaturesInternals() {
        return new ArchCondition<>("use another feature's internal package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = feature(item.getName());
                item.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String owner = internalsOwner(dependency.getTargetClass().getName());
                    if (owner != null && !owner.equals(own)) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }
}
