package io.manyi.intake.web;

import io.manyi.intake.ImportError;
import io.manyi.intake.ImportFailure;
import io.manyi.intake.ImportOptions;
import io.manyi.intake.ImportResult;
import io.manyi.intake.ImportService;
import io.manyi.intake.Kind;
import io.manyi.platform.web.BadInput;
import io.manyi.platform.web.InputReason;
import io.manyi.platform.web.RequestIds;
import io.manyi.platform.web.RuleRefusal;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports/{kind}}: the same import as {@code ./manyi import KIND FILE}, for a
 * file uploaded as the multipart part {@code file}. 201 imported, 200 already imported, 422
 * refused for bad rows (with the first errors), 404 unknown kind. The upload and its rejects file
 * are removed afterwards: the caller has the file and gets the errors in the answer.
 */
@RestController
public class ImportController {

    /** The JSON answer. */
    public record ImportResponse(String kind, String file, long rowsLoaded, long rowsRejected, boolean alreadyImported,
                                 List<ErrorResponse> errors) {
    }

    public record ErrorResponse(long line, String column, String value, String reason, String message) {
        static ErrorResponse of(ImportError error) {
            return new ErrorResponse(error.line(), error.column(), error.value(), error.reason(), error.message());
        }
    }

    private final ImportService imports;

    public ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/v1/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<?> importFile(@PathVariable String kind,
                                        @RequestParam("file") MultipartFile file,
                                        @RequestParam(defaultValue = "false") boolean skipBad,
                                        @RequestParam(required = false) String encoding,
                                        @RequestHeader(name = "X-Request-Id", required = false) String requestId,
                                        Principal principal) throws IOException {
        Optional<Kind> found = Kind.byName(kind);
        if (found.isEmpty()) {
            List<String> kinds = Stream.of(Kind.values()).map(Kind::cliName).toList();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    BadInput.oneOf("kind", kind, kinds).getMessage());
            problem.setProperty("code", "unknown-kind");
            problem.setProperty("kinds", kinds);
            problem.setProperty("requestId", RequestIds.current());
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        Charset charset;
        try {
            charset = encoding == null || encoding.isBlank() ? null : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new BadInput("encoding", InputReason.INVALID, encoding, "a character set such as UTF-8 or GBK");
        }
        String fileName = fileName(file, found.get());
        ImportOptions options = ImportOptions.by(principal == null ? "api" : principal.getName())
                .skippingBadRows(skipBad).withEncoding(charset).withRequestId(requestId);
        Path dir = Files.createTempDirectory("manyi-upload-");
        try {
            Path upload = dir.resolve("upload.csv");
            file.transferTo(upload);
            ImportResult result = imports.importFile(found.get(), upload, fileName, dir.resolve("rejects.csv"), options);
            ImportResponse body = new ImportResponse(found.get().cliName(), fileName, result.rowsLoaded(),
                    result.rowsRejected(), result.alreadyImported(),
                    result.errors().stream().map(ErrorResponse::of).toList());
            HttpStatus status = switch (result.status()) {
                case IMPORTED -> HttpStatus.CREATED;
                case ALREADY_IMPORTED -> HttpStatus.OK;
                case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
            };
            return ResponseEntity.status(status).body(body);
        } catch (ImportFailure e) {
            throw new RuleRefusal(400, "import-failed", e.getMessage());
        } finally {
            deleteTree(dir);
        }
    }

    /** The uploaded file's own name, without any path a browser may send, for the messages. */
    private static String fileName(MultipartFile file, Kind kind) {
        String original = file.getOriginalFilename();
        if (original == null || original.isBlank()) {
            return kind.fileName();
        }
        String name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
