import io.manyi.churn.SyntheticChurnCsv;
import java.nio.file.Path;

/**
 * Writes one CSV with the test generator {@code SyntheticChurnCsv} (app test code), so the files
 * compared against scikit-learn are exactly the shapes ChurnCliTest uses.
 * Usage: GenerateChurnCsv TELCO|BIGML|BANK FILE ROWS SEED UNSEEN(true|false)
 */
public final class GenerateChurnCsv {
    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: GenerateChurnCsv TELCO|BIGML|BANK FILE ROWS SEED UNSEEN");
            System.exit(2);
        }
        SyntheticChurnCsv.write(SyntheticChurnCsv.Shape.valueOf(args[0]), Path.of(args[1]),
                Integer.parseInt(args[2]), Long.parseLong(args[3]), Boolean.parseBoolean(args[4]));
    }
}
