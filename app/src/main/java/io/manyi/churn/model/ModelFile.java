package io.manyi.churn.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One model file: a zip holding {@code manyi-churn-model.json} (format and version, feature
 * schema with category dictionaries, calibration, threshold, metadata, validation metrics) and
 * {@code lightgbm.txt} (LightGBM's own text model). A zip so the LightGBM text stays readable by
 * LightGBM's tools and the file stays one file.
 */
public final class ModelFile {

    public static final String FORMAT = "manyi-churn-model";
    public static final int VERSION = 1;
    private static final String MANIFEST = "manyi-churn-model.json";
    private static final String LIGHTGBM = "lightgbm.txt";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();

    /** The JSON part of the file. */
    record Manifest(String format, int version, FeatureSchema schema, Calibration calibration, double threshold,
                    Map<String, String> metadata, Metrics validation) {
    }

    private ModelFile() {
    }

    public static void save(GradientBoostedModel model, Path file) throws IOException {
        Manifest manifest = new Manifest(FORMAT, VERSION, model.schema(), model.calibration(), model.threshold(),
                model.metadata(), model.validation());
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temporary = Files.createTempFile(parent, ".model", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(LIGHTGBM));
            zip.write(model.lightgbmModel().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static GradientBoostedModel load(Path file) throws IOException {
        byte[] manifestBytes = null;
        String lightgbm = null;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(MANIFEST)) {
                    manifestBytes = zip.readAllBytes();
                } else if (entry.getName().equals(LIGHTGBM)) {
                    lightgbm = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such model file");
        } catch (ZipException e) {
            throw notAModel(file);
        }
        if (manifestBytes == null || lightgbm == null) {
            throw notAModel(file);
        }
        Manifest manifest;
        try {
            manifest = JSON.readValue(manifestBytes, Manifest.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": the model description cannot be read: " + e.getOriginalMessage());
        }
        if (!FORMAT.equals(manifest.format())) {
            throw notAModel(file);
        }
        if (manifest.version() > VERSION) {
            throw new IllegalArgumentException(file + ": model format version " + manifest.version()
                    + " is newer than this Manyi reads (" + VERSION + ")");
        }
        return new GradientBoostedModel(lightgbm, manifest.schema(), manifest.calibration(), manifest.threshold(),
                manifest.metadata(), manifest.validation());
    }

    private static IllegalArgumentException notAModel(Path file) {
        return new IllegalArgumentException(file + ": not a Manyi churn model (expected a file written by"
                + " `manyi churn train`)");
    }

    static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }

}
