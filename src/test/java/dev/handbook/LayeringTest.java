package dev.handbook;

import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The main code's packages in layers, lowest first ({@link #ORDER}): a class uses classes of its own
 * layer and of the layers below it, never of one above, and no top-level packages depend on each other
 * in a cycle. Each name is {@code dev.handbook.NAME} with its subpackages; {@code facade} is the
 * package {@code dev.handbook} itself, without them. A name whose package does not exist (yet) is
 * allowed; a package that is not named here fails the test until it is given its place.
 */
class LayeringTest {
    static final String FACADE = "facade";
    static final List<String> ORDER = List.of("yaml", "text", "output", "check", "config", "model", "content",
            "cache", "markdown", "cite", "entry", "search", "render", "pipeline", "release", "importer", FACADE,
            "scaffold", "serve", "cli");

    /**
     * The main classes: those in the folder {@link Handbooks} was compiled into, without tests, and under
     * -Pjmh, which compiles into that folder too, without the benchmarks (src/jmh/java) and JMH's code.
     */
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(Set.of(Location.of(Handbooks.class.getProtectionDomain().getCodeSource().getLocation())))
            .that(DescribedPredicate.describe("not benchmarks", type -> !type.getPackageName().contains("jmh_generated")
                    && !Files.exists(Path.of("src/jmh/java", type.getPackageName().replace('.', '/'),
                            type.getSourceCodeLocation().getSourceFileName()))));

    @Test
    void everyPackageHasItsPlaceInTheOrder() {
        classes().should(new ArchCondition<JavaClass>("be in a package named in LayeringTest.ORDER") {
            final Map<String, TreeSet<String>> unplaced = new TreeMap<>();

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (rank(type) < 0) unplaced.computeIfAbsent(layerOf(type), p -> new TreeSet<>()).add(type.getName());
            }

            @Override
            public void finish(ConditionEvents events) {
                unplaced.forEach((name, types) -> events.add(violated(name, "package dev.handbook." + name + " ("
                        + types.size() + " classes, such as " + types.first() + ") has no place in LayeringTest.ORDER: add '"
                        + name + "' there, above the packages it uses and below those that use it")));
            }
        }).check(MAIN);
    }

    @Test
    void noClassUsesALayerAboveItsOwn() {
        classes().should(new ArchCondition<JavaClass>("use only their own layer and those below it, in the order " + ORDER) {
            final Map<String, List<Dependency>> upward = new TreeMap<>();

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                int own = rank(type);
                if (own < 0) return; // everyPackageHasItsPlaceInTheOrder says so
                for (Dependency d : type.getDirectDependenciesFromSelf()) {
                    if (rank(d.getTargetClass()) <= own) continue;
                    upward.computeIfAbsent(topLevel(type) + " (" + layerOf(type) + ") uses " + topLevel(d.getTargetClass())
                            + " (" + layerOf(d.getTargetClass()) + ", a layer above)", k -> new ArrayList<>()).add(d);
                }
            }

            @Override
            public void finish(ConditionEvents events) {
                upward.forEach((use, uses) -> {
                    uses.sort(Comparator.comparing(Dependency::getDescription));
                    events.add(violated(uses.get(0), use + ", " + uses.size() + (uses.size() == 1 ? " use" : " uses")
                            + ", such as: " + uses.get(0).getDescription()));
                });
            }
        }).check(MAIN);
    }

    @Test
    void theTopLevelPackagesAreFreeOfCycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                return layerOf(type) == null ? SliceIdentifier.ignore() : SliceIdentifier.of(layerOf(type));
            }

            @Override
            public String getDescription() {
                return "the top-level packages under dev.handbook, and dev.handbook itself as '" + FACADE + "'";
            }
        }).should().beFreeOfCycles().check(MAIN);
    }

    /** The layer of a class: the first name of its package under dev.handbook, or the facade; null outside. */
    static String layerOf(JavaClass type) {
        String pkg = type.getBaseComponentType().getPackageName();
        if (pkg.equals("dev.handbook")) return FACADE;
        return pkg.startsWith("dev.handbook.") ? pkg.substring("dev.handbook.".length()).split("\\.")[0] : null;
    }

    /** The place of a class's layer in {@link #ORDER}, or -1 for a class outside it. */
    private static int rank(JavaClass type) {
        String layer = layerOf(type);
        return layer == null ? -1 : ORDER.indexOf(layer);
    }

    private static String topLevel(JavaClass type) {
        return type.getBaseComponentType().getName().replaceFirst("\\$.*", "");
    }
}
