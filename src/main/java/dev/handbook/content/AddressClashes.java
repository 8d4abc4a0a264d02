package dev.handbook.content;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.yaml.Pos;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Two files or folders of one folder that would get the same address (names that differ only in their
 * number, "19-x" and "34-x"): the later keeps its number in its address, with a warning. When that name
 * is taken too (the names differ only in capitals or accents: "Foo.md", "foo.md"), renaming cannot tell
 * them apart: the later is an error that names both and a free name, and takes that name meanwhile, so
 * that its pages are not reported again as having the same address.
 */
final class AddressClashes {
    private final Problems problems;
    private final UnaryOperator<String> display;

    /** @param display how a problem names a file by its path in the content folder */
    AddressClashes(Problems problems, UnaryOperator<String> display) {
        this.problems = problems;
        this.display = display;
    }

    /**
     * The name the later of two clashing files or folders gets, reported.
     *
     * @param rel the later one, @param other the one that has the address, both by their path in the content folder
     * @param address the address both would get
     * @param numbered the later one's name with its number kept
     * @param taken whether a name is taken already
     * @param addressOf the address of a name
     * @param fileName a name as the editor would write it, for the suggestion ("foo-2" becomes "foo-2.md")
     */
    String rename(String rel, String other, String address, String numbered, Predicate<String> taken,
            UnaryOperator<String> addressOf, UnaryOperator<String> fileName) {
        if (!taken.test(numbered)) {
            problems.add(Problem.warning(display.apply(rel), Pos.NONE, "page.renamed", address, display.apply(other),
                    addressOf.apply(numbered)));
            return numbered;
        }
        String free = free(numbered, taken);
        problems.add(Problem.error(display.apply(rel), Pos.NONE, "page.same-name", display.apply(other),
                display.apply(rel), address, fileName.apply(free)));
        return free;
    }

    /** The first of {@code base-2}, {@code base-3}, ... that is not {@code taken}. */
    private static String free(String base, Predicate<String> taken) {
        int n = 2;
        while (taken.test(base + "-" + n)) n++;
        return base + "-" + n;
    }
}
