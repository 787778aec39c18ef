package org.torconformance.control.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values and refusals as a live tor 0.4.9.11 answered them (SETCONF then GETCONF). */
class OptionValuesTest {
    static String read(String option, String value) {
        ValueOutcome o = OptionValues.read(OptionTable.tor().get(option), value);
        return o instanceof ValueOutcome.Accepted a ? a.encoded() : "refused: " + ((ValueOutcome.Refused) o).message();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "NumEntryGuards|+5|5",
        "NumEntryGuards| 7|7",
        "NumEntryGuards|007|7",
        "NumEntryGuards|-0|0",
        "NumEntryGuards|0x10|refused: Could not parse NumEntryGuards: Integer 0x10 is malformed or out of bounds. Allowed values are between 0 and 2147483647.",
        "NumEntryGuards|5 |refused: Could not parse NumEntryGuards: Integer 5  is malformed or out of bounds. Allowed values are between 0 and 2147483647.",
        "PathBiasCircThreshold|-7|-7",
        "PathBiasCircThreshold|-2147483649|refused: Could not parse PathBiasCircThreshold: Integer -2147483649 is malformed or out of bounds. Allowed values are between -2147483648 and 2147483647.",
        "__OwningControllerFD|abc|refused: Could not parse __OwningControllerFD: Integer abc is malformed or out of bounds.",
        "AvoidDiskWrites|TRUE|refused: Could not parse AvoidDiskWrites: Unrecognized value TRUE. Allowed values are 0 and 1.",
        "ClientPreferIPv6ORPort|AUTO|auto",
        "ClientPreferIPv6ORPort|maybe|refused: Could not parse ClientPreferIPv6ORPort: Unrecognized value maybe. Allowed values are 0, 1, and auto.",
        "BandwidthRate|1 MB|1048576",
        "BandwidthRate|1MB|1048576",
        "BandwidthRate|10 kbits|1280",
        "BandwidthRate|1.5 MB|1572864",
        "BandwidthRate|5 parsecs|refused: Could not parse BandwidthRate: Provided value is malformed or out of bounds: Unknown unit in 5 parsecs",
        "BandwidthRate|-1|refused: Could not parse BandwidthRate: Provided value is malformed or out of bounds: Overflow while parsing -1 ",
        "BandwidthRate|99999999999999999999|refused: Could not parse BandwidthRate: Provided value is malformed or out of bounds: Unable to parse 99999999999999999999 as a number",
        "MaxCircuitDirtiness|.5 hours|1800",
        "MaxCircuitDirtiness|5minutes|300",
        "MaxCircuitDirtiness|1e30|refused: Could not parse MaxCircuitDirtiness: Provided value is malformed or out of bounds: Unknown unit in 1e30",
        "MaxCircuitDirtiness|-1.5|refused: Could not parse MaxCircuitDirtiness: Provided value is malformed or out of bounds: Unable to parse -1.5 as a number",
        "MaxCircuitDirtiness|3000000000|refused: Could not parse MaxCircuitDirtiness: Provided value 3000000000 is too large",
        "LogTimeGranularity|250 msec|250",
        "LogTimeGranularity|5 ms|refused: Could not parse LogTimeGranularity: Provided value is malformed or out of bounds: Unknown unit in 5 ms",
        "ClientBootstrapConsensusAuthorityDownloadInitialDelay|7, 8, 9|7",
        "CircuitPriorityHalflife|1e3|1000.000000",
        "CircuitPriorityHalflife| 2|2.000000",
        "CircuitPriorityHalflife|0x10|16.000000",
        "CircuitPriorityHalflife|-0|-0.000000",
        "CircuitPriorityHalflife|inf|inf",
        "CircuitPriorityHalflife|123456789012345678901234567890|123456789012345677877719597056.000000",
        "CircuitPriorityHalflife|1.5x|refused: Could not parse CircuitPriorityHalflife: Could not convert \"1.5x\" to a number.",
        "CircuitPriorityHalflife|1e999|refused: Could not parse CircuitPriorityHalflife: \"1e999\" is too large to express as a floating-point number.",
        "CircuitPriorityHalflife|1e-999|refused: Could not parse CircuitPriorityHalflife: \"1e-999\" is too small to express as a floating-point number.",
        "LongLivedPorts|1, 2,,3 |1,2,3",
        "ExitNodes|{us}, $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|{us},$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "ExitNodes|1.2.3.0/24,*,{US} , nick|1.2.3.0/24,*,{US},nick",
        "ExitNodes|!!bad|refused: Invalid router list.",
        "ExitNodes|thisnicknameiswaytoolongtobeanicknameok|refused: Invalid router list.",
        "SocksPortLines|9050|refused: Cannot assign directly to virtual option.",
    })
    void asTorReadsThem(String option, String value, String expected) {
        assertEquals(expected, read(option, value));
    }
}
