package io.manyi.platform.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Sends a workbook as a download straight into the servlet response, on the request's thread:
 * rows stream to the client as they are written (no byte array of the whole file, and no async
 * dispatch as with a {@code StreamingResponseBody}).
 */
public final class XlsxDownload {

    private XlsxDownload() {
    }

    public static void send(HttpServletResponse response, String fileName, Locale locale, List<ExcelTable> tables) {
        response.setContentType(Xlsx.MEDIA_TYPE);
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        try {
            Xlsx.write(response.getOutputStream(), locale, tables);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
