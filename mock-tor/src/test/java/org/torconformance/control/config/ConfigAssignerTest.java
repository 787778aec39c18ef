package org.torconformance.control.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tor's assign passes: aliases, clearing what SETCONF names, groups, repeated keys, RESETCONF defaults. */
class ConfigAssignerTest {
    static final OptionTable TABLE = OptionTable.tor();
    static final ConfigState DEFAULTS = ConfigState.defaults(TABLE);

    static ConfigState set(ConfigState s, ConfigAssigner.Mode mode, String... keyValues) {
        List<OptionAssignment> lines = new java.util.ArrayList<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            lines.add(OptionAssignment.of(keyValues[i], keyValues[i + 1]));
        }
        ChangeOutcome o = ConfigAssigner.assign(s, lines, mode);
        return ((ChangeOutcome.Changed) o).state();
    }

    static List<String> lines(ConfigState s, String option) {
        return s.lines(TABLE.get(option)).stream().map(l -> l.key() + "=" + l.value()).toList();
    }

    @Test
    void repeatedLineListKeysAppendAndSingleValuesKeepTheLast() {
        ConfigState s = set(DEFAULTS, ConfigAssigner.Mode.SETCONF, "ExitPolicy", "accept *:80", "ExitPolicy", "reject *:*",
                "ContactInfo", "a", "contactinfo", "b");
        assertEquals(List.of("ExitPolicy=accept *:80", "ExitPolicy=reject *:*"), lines(s, "ExitPolicy"));
        assertEquals(List.of("ContactInfo=b"), lines(s, "ContactInfo"));
    }

    @Test
    void settingOneGroupMemberReplacesTheWholeGroup() {
        ConfigState s = set(DEFAULTS, ConfigAssigner.Mode.SETCONF, "HiddenServiceDir", "/a", "HiddenServicePort", "80",
                "HiddenServiceDir", "/b", "HiddenServicePort", "81");
        assertEquals(List.of("HiddenServiceDir=/a", "HiddenServicePort=80", "HiddenServiceDir=/b", "HiddenServicePort=81"),
                lines(s, "HiddenServiceOptions"));
        assertEquals(List.of("HiddenServicePort=80", "HiddenServicePort=81"), lines(s, "HiddenServicePort"));
        ConfigState replaced = set(s, ConfigAssigner.Mode.SETCONF, "HiddenServicePort", "82");
        assertEquals(List.of("HiddenServicePort=82"), lines(replaced, "HiddenServiceOptions"));
    }

    @Test
    void clearingGivesTheTypesZeroAndResetGivesTheDefault() {
        ConfigState cleared = set(DEFAULTS, ConfigAssigner.Mode.SETCONF, "MaxCircuitDirtiness", "", "LongLivedPorts", "",
                "AccountingRule", "");
        assertEquals(List.of("MaxCircuitDirtiness=0"), lines(cleared, "MaxCircuitDirtiness"));
        assertEquals(List.of("LongLivedPorts="), lines(cleared, "LongLivedPorts"));
        assertEquals(List.of(), lines(cleared, "AccountingRule"));
        ConfigState reset = set(cleared, ConfigAssigner.Mode.RESETCONF, "MaxCircuitDirtiness", "", "AccountingRule", "");
        assertEquals(List.of("MaxCircuitDirtiness=600"), lines(reset, "MaxCircuitDirtiness"));
        assertEquals(List.of("AccountingRule=max"), lines(reset, "AccountingRule"));
    }

    @Test
    void aliasesAndPrefixesNameTheCanonicalOption() {
        ConfigState s = set(DEFAULTS, ConfigAssigner.Mode.SETCONF, "MaxConn", "2000", "EntryNode", "ABCD", "MaxCircuitDirt", "900");
        assertEquals(List.of("ConnLimit=2000"), lines(s, "ConnLimit"));
        assertEquals(List.of("EntryNodes=ABCD"), lines(s, "EntryNodes"));
        assertEquals(List.of("MaxCircuitDirtiness=900"), lines(s, "MaxCircuitDirtiness"));
    }

    @Test
    void refusals() {
        assertEquals(new ChangeOutcome.Refused(SetOptError.MISC, "Unknown option 'HiddenServiceNodes'.  Failing."),
                ConfigAssigner.assign(DEFAULTS, List.of(OptionAssignment.of("HiddenServiceNode", "x")), ConfigAssigner.Mode.SETCONF));
        assertEquals(new ChangeOutcome.Refused(SetOptError.PARSE, "Cannot assign directly to virtual option."),
                ConfigAssigner.assign(DEFAULTS, List.of(OptionAssignment.of("HiddenServiceOptions", "x")), ConfigAssigner.Mode.SETCONF));
    }

    @Test
    void torrcTextAppendsAndSkipsEmptyLineLists() {
        ConfigState s = set(DEFAULTS, ConfigAssigner.Mode.TORRC, "ExitPolicy", "accept *:1", "ExitPolicy", "", "ExitPolicy", "reject *:*",
                "NumEntryGuards", "3", "NumEntryGuards", "");
        assertEquals(List.of("ExitPolicy=accept *:1", "ExitPolicy=reject *:*"), lines(s, "ExitPolicy"));
        assertEquals(List.of("NumEntryGuards=0"), lines(s, "NumEntryGuards"));
    }

    @Test
    void obsoleteOptionsKeepNoValue() {
        ConfigState s = set(DEFAULTS, ConfigAssigner.Mode.SETCONF, "AllowDotExit", "1");
        assertEquals(List.of(), lines(s, "AllowDotExit"));
        assertEquals(List.of(), ConfChanges.between(DEFAULTS, s));
    }
}
