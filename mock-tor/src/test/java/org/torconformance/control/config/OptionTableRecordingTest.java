package org.torconformance.control.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.torconformance.client.RawControlClient;
import org.torconformance.livetor.ControlAuth;
import org.torconformance.livetor.LiveTor;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CString;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyLine;

/**
 * Records tor 0.4.9.11's option table from a live tor and checks that the committed resources are
 * exactly what the tor answers now. To refresh the resources, run this test and copy
 * {@code target/recorded/*} over {@code src/main/resources/org/torconformance/control/config/}.
 * <ul>
 * <li>listed options and their types: {@code GETINFO config/names};</li>
 * <li>defaults: {@code GETINFO config/defaults}, whose tail (tor's built-in DirAuthority and
 * FallbackDir lines) belongs to no init value, so LineList defaults are not taken from it;</li>
 * <li>unlisted options: the names of {@code tor-option-candidates.txt} that tor echoes unchanged;</li>
 * <li>the aliases file and tor's prefix matching are checked, not recorded.</li>
 * </ul>
 */
class OptionTableRecordingTest {
    static final Path RECORDED = Path.of("target", "recorded");
    static final Path COMMITTED = Path.of("src", "main", "resources", "org", "torconformance", "control", "config");

    private static LiveTor tor;
    private static RawControlClient client;

    @BeforeAll
    static void start() {
        tor = LiveTor.builder().auth(ControlAuth.none()).start();
        client = RawControlClient.connect(tor.controlPort());
        assertEquals(Reply.ok(), client.command("AUTHENTICATE"));
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (tor != null) {
            tor.close();
        }
    }

    @Test
    void committedTableIsWhatTorAnswers() throws IOException {
        List<String[]> names = columns(data(client.command("GETINFO config/names")));
        ByteString defaultsAnswer = ((ReplyLine.Data) client.command("GETINFO config/defaults").lines().get(0)).data();
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String line : defaultsAnswer.latin1().split("\n")) {
            int sp = line.indexOf(' ');
            defaults.putIfAbsent(line.substring(0, sp), line.substring(sp + 1));
        }
        List<String> rows = new ArrayList<>();
        for (String[] n : names) {
            rows.add(row(n[0], n[1], "listed", defaults));
        }
        for (String[] candidate : candidates()) {
            String name = candidate[0];
            if (names.stream().anyMatch(n -> n[0].equals(name))) {
                continue;
            }
            String echoed = key(client.command("GETCONF " + name).end().text().latin1());
            if (echoed.equals(name)) {
                rows.add(row(name, candidate.length > 1 ? candidate[1] : "Obsolete", "unlisted", defaults));
            }
        }
        write("options-0.4.9.11.tsv", String.join("\n", List.of(
                "# tor 0.4.9.11's options, recorded from a live tor by OptionTableRecordingTest (mock-tor tests):",
                "# GETINFO config/names gives the listed options and their types, GETINFO config/defaults the",
                "# defaults (C-quoted as tor prints them; - for none), and GETCONF of the names in",
                "# tor-option-candidates.txt the unlisted (obsolete and hidden) ones. group: the Virtual option a",
                "# Dependent one shares its lines with. parse: UINT64 and CSV_INTERVAL mark C types that tor",
                "# prints as Integer and TimeInterval.",
                "# name\ttype\tlisted\tdefault\tgroup\tparse")) + "\n" + String.join("\n", rows) + "\n");
        write("config-defaults-0.4.9.11.txt", "# GETINFO config/defaults of a live tor 0.4.9.11, verbatim below this line"
                + " (recorded by OptionTableRecordingTest).\n" + defaultsAnswer.latin1());
        for (String file : List.of("options-0.4.9.11.tsv", "config-defaults-0.4.9.11.txt")) {
            assertEquals(Files.readString(RECORDED.resolve(file), StandardCharsets.ISO_8859_1),
                    Files.readString(COMMITTED.resolve(file), StandardCharsets.ISO_8859_1),
                    file + " differs from what tor answers; see target/recorded/" + file);
        }
    }

    @Test
    void aliasesResolveAsInTor() {
        List<String> keys = new ArrayList<>();
        OptionTable.tor().aliases().forEach(a -> keys.add(a.from()));
        assertEquals("", mismatches(keys));
    }

    /** Every prefix of every option name must pick the option tor picks: checks the sort order and that no option is missing. */
    @Test
    void prefixesResolveAsInTor() {
        OptionTable table = OptionTable.tor();
        List<String> prefixes = new ArrayList<>();
        for (OptionDef d : table.all()) {
            for (int i = 1; i < d.name().length(); i++) {
                String p = d.name().substring(0, i);
                if (table.exact(p).isEmpty() && !prefixes.contains(p)) {
                    prefixes.add(p);
                }
            }
        }
        assertEquals("", mismatches(prefixes));
        assertTrue(prefixes.size() > 1000, "checked " + prefixes.size() + " prefixes");
    }

    /** GETCONF each key (pipelined) and report those that tor names differently from the table. */
    private static String mismatches(List<String> keys) {
        OptionTable table = OptionTable.tor();
        StringBuilder report = new StringBuilder();
        for (int from = 0; from < keys.size(); from += 200) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + 200));
            StringBuilder send = new StringBuilder();
            batch.forEach(k -> send.append("GETCONF ").append(k).append("\r\n"));
            client.send(send.toString());
            for (String k : batch) {
                String tor = key(client.nextReply(RawControlClient.DEFAULT_TIMEOUT).orElseThrow().end().text().latin1());
                List<String> expected = table.resolve(k).map(d -> d.type() == OptionType.VIRTUAL
                        ? java.util.stream.Stream.concat(java.util.stream.Stream.of(d), table.members(d).stream()).map(OptionDef::name).toList()
                        : List.of(d.name())).orElse(List.of("Unrecognized configuration key \"" + k + "\""));
                if (!expected.contains(tor)) {
                    report.append(k).append(": tor ").append(tor).append(", table ").append(expected).append('\n');
                }
            }
        }
        return report.toString();
    }

    private static String row(String name, String type, String listed, Map<String, String> defaults) {
        OptionType t = OptionType.ofTorName(type);
        String dflt = t.isLineList() ? "-" : defaults.getOrDefault(name, "-");
        String group = t == OptionType.DEPENDENT
                ? (name.startsWith("HiddenService") ? "HiddenServiceOptions" : name.replaceFirst("^__", "") + "Lines") : "-";
        String parse = "-";
        if (t == OptionType.INTEGER && !dflt.equals("-") && new java.math.BigInteger(unquote(dflt)).compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            parse = OptionDef.Parse.UINT64.name();
        } else if (t == OptionType.TIME_INTERVAL && name.endsWith("DownloadInitialDelay")) {
            parse = OptionDef.Parse.CSV_INTERVAL.name();
        }
        return String.join("\t", name, type, listed, dflt, group, parse);
    }

    private static String unquote(String quoted) {
        return CString.decodeLenient(ByteString.latin1(quoted)).latin1();
    }

    private static String key(String line) {
        int eq = line.indexOf('=');
        return eq < 0 ? line : line.substring(0, eq);
    }

    private static String data(Reply r) {
        return ((ReplyLine.Data) r.lines().get(0)).data().latin1().stripTrailing();
    }

    private static List<String[]> columns(String text) {
        return text.lines().map(l -> l.split(" ", 2)).toList();
    }

    private static List<String[]> candidates() throws IOException {
        try (InputStream in = OptionTableRecordingTest.class.getResourceAsStream("tor-option-candidates.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }

    private static void write(String file, String content) throws IOException {
        Files.createDirectories(RECORDED);
        Files.writeString(RECORDED.resolve(file), content, StandardCharsets.ISO_8859_1);
    }
}
