package org.torconformance.conformance.report;

/** HTML escaping and the shared look of the report pages (self-contained: no external assets). */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A file name for a case page: the id with every character outside [A-Za-z0-9.-] as '_'. */
    static String caseFile(String caseId) {
        return caseId.replaceAll("[^A-Za-z0-9.-]", "_") + ".html";
    }

    static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}
            table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}
            th{background:#f3f3f3;text-align:left}td.v{text-align:center;font-weight:600;white-space:nowrap}
            td.v a{color:inherit;text-decoration:none;display:block}
            .OK{background:#c8f0c8}.NON-STRICT{background:#fff0a8}.INFORMATIONAL{background:#dde8ff}
            .UNIMPLEMENTED{background:#e8e8e8}.FAILED{background:#f7b0b0}.HANG{background:#e9a0e9}
            .ERROR{background:#999;color:#fff}.none{background:#fafafa;color:#bbb}
            .base{outline:2px dashed #555;outline-offset:-3px}
            pre{background:#f7f7f7;border:1px solid #ddd;padding:.6em;overflow:auto;max-height:40em;font-size:12px}
            .legend span{display:inline-block;padding:.1em .5em;margin-right:.3em;border:1px solid #ccc}
            code{font-size:12px}
            """;

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title)
                + "</title><style>" + STYLE + "</style></head><body>\n" + body + "\n</body></html>\n";
    }
}
