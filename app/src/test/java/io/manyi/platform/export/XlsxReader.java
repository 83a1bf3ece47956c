package io.manyi.platform.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** Tests read exported workbooks back with an independent reader: sheet name to rows of cells (null = empty). */
public final class XlsxReader {

    private XlsxReader() {
    }

    public static Map<String, List<List<Cell>>> read(byte[] xlsx) throws IOException {
        Map<String, List<List<Cell>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            for (var sheet : workbook.getSheets().toList()) {
                List<List<Cell>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    while (rows.size() < row.getRowNum() - 1) {
                        rows.add(List.of());
                    }
                    List<Cell> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.getCell(c));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        return sheets;
    }
}
