package org.torconformance.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints benchmark rows as one Markdown table, ready for the README. */
final class ResultTable {
    private ResultTable() {
    }

    static void print(PrintStream out, List<Row> rows) {
        out.println("| metric | unit | mock | tor (or floor) | mock/ref | target | met |");
        out.println("|---|---|---:|---:|---:|---|---|");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %s | %s | %s | %s%s | %s | %s | %s |%n", r.metric(), r.unit(), number(r.mock()),
                    number(r.reference()), r.referenceName().equals("tor") ? "" : " (" + r.referenceName() + ")",
                    Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", r.ratio()), r.target(), r.verdict());
        }
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
