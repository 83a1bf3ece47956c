package io.manyi.simulation.internal;

import io.manyi.moments.ActionKind;
import io.manyi.moments.Outcome;
import io.manyi.simulation.CampaignTruth;
import io.manyi.simulation.TrueEffects;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The province's truth directory ({@code truth/}, which the product never reads): the hazards the
 * forward run starts from, the simulated months' truth appended to the generator's files, and the
 * effects file the report compares the product's uplift with.
 */
public final class TruthFiles {

    public static final String DIR = "truth";
    public static final String CHURN = "churn.csv";
    public static final String HAZARD = "hazard.csv";
    public static final String EFFECTS = "effects.csv";

    private TruthFiles() {
    }

    /**
     * The hidden hazard of each subscriber in {@code month}, without effects: from the effects file
     * when {@code month} was simulated, else from the generator's hazard file.
     */
    public static Map<String, Double> hazardsWithout(Path province, YearMonth month) throws IOException {
        Map<String, Double> hazards = new HashMap<>();
        String m = month.toString();
        Path effects = province.resolve(DIR).resolve(EFFECTS);
        if (Files.isRegularFile(effects)) {
            scan(effects, f -> {
                if (f[1].equals(m)) {
                    hazards.put(f[0], Double.parseDouble(f[3]));
                }
            });
        }
        if (hazards.isEmpty()) {
            scan(province.resolve(DIR).resolve(HAZARD), f -> {
                if (f[1].equals(m)) {
                    hazards.put(f[0], Double.parseDouble(f[2]));
                }
            });
        }
        return hazards;
    }

    /** Appends a simulated month's truth files (written in {@code monthDir/truth}) to the province's. */
    public static void append(Path monthDir, Path province) throws IOException {
        for (String name : List.of(CHURN, HAZARD, EFFECTS)) {
            Path from = monthDir.resolve(DIR).resolve(name);
            Path to = province.resolve(DIR).resolve(name);
            List<String> lines = Files.readAllLines(from, StandardCharsets.UTF_8);
            List<String> body = lines.subList(1, lines.size());
            if (!Files.exists(to)) {
                Files.write(to, lines, StandardCharsets.UTF_8);
            } else if (!body.isEmpty()) {
                Files.write(to, body, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        }
    }

    /** Every subscriber of the effects file: base hazard, first simulated month on the network, outcomes. */
    public static Map<String, CampaignTruth.Simulated> members(Path province) throws IOException {
        Map<String, CampaignTruth.Simulated> members = new HashMap<>();
        Path effects = province.resolve(DIR).resolve(EFFECTS);
        if (!Files.isRegularFile(effects)) {
            return members;
        }
        scan(effects, f -> {
            YearMonth month = YearMonth.parse(f[1]);
            CampaignTruth.Simulated member = members.computeIfAbsent(f[0], k -> new CampaignTruth.Simulated(Double.parseDouble(f[3]), month, new ArrayList<>()));
            if (!f[2].isEmpty()) {
                for (String one : f[2].split(";")) {
                    String[] parts = one.split("/");
                    member.recorded().add(new TrueEffects.Recorded(month, Outcome.valueOf(parts[0]), ActionKind.valueOf(parts[1])));
                }
            }
        });
        return members;
    }

    private static void scan(Path file, java.util.function.Consumer<String[]> row) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                row.accept(line.split(",", -1));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
