package app.mitra.common.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A written and verified backup (or a restored one): where, how big, its tables and, where Mitra
 * counted them (SQLite), the rows of each table.
 */
public record BackupReport(Path file, long bytes, List<String> tables, Map<String, Long> rowsPerTable) {

    public BackupReport {
        tables = List.copyOf(tables);
        rowsPerTable = Map.copyOf(rowsPerTable);
    }

    static BackupReport counted(Path file, long bytes, Map<String, Long> rowsPerTable) {
        return new BackupReport(file, bytes, List.copyOf(rowsPerTable.keySet()), rowsPerTable);
    }

    public long rows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "12 tables, 3456 rows" or, where rows were not counted, "12 tables". */
    public String summary() {
        return tables.size() + " tables" + (rowsPerTable.isEmpty() ? "" : ", " + rows() + " rows");
    }
}
