package io.manyi.loyalty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, "one owner for each piece of data": {@link PointsLedger} is the only writer of the
 * ledger's tables, and loyalty does not depend on the tier feature (tier depends on loyalty: its
 * star levels feed the accrual, and it uses loyalty's {@link PointsCycle}).
 */
class LedgerOwnershipTest {

    /** Any statement that changes a ledger table, in any case and spacing. */
    private static final Pattern WRITE = Pattern.compile(
            "(insert\\s+into|update|delete\\s+from|truncate(\\s+table)?|copy|lock\\s+table|alter\\s+table)\\s+(only\\s+)?"
                    + "(public\\.)?\"?points_(entries|accounts)\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void onlyThePointsLedgerWritesLedgerEntriesAndBalances() throws IOException {
        Path main = Path.of("src/main/java");
        assertThat(main).isDirectory();
        try (Stream<Path> files = Files.walk(main)) {
            List<String> writers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> WRITE.matcher(read(f)).find())
                    .map(f -> main.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
            assertThat(writers).containsExactly("io/manyi/loyalty/PointsLedger.java");
        }
    }

    @Test
    void loyaltyDoesNotDependOnTiers() {
        noClasses().that().resideInAPackage("io.manyi.loyalty..")
                .should().dependOnClassesThat().resideInAPackage("io.manyi.tier..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.manyi.loyalty", "io.manyi.tier"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
