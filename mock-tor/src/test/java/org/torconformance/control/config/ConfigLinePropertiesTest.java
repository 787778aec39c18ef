package org.torconformance.control.config;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.torconformance.gen.Qt;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CString;

/** Properties of how values are written back (GETCONF, CONF_CHANGED, SAVECONF) and read again (SETCONF, torrc). */
class ConfigLinePropertiesTest {
    @Test
    void aWrittenValueReadsBackAsTheValue() {
        Qt.qt("written config values read back").forAll(strings().betweenCodePoints(1, 255).ofLengthBetween(0, 40))
                .check(v -> {
                    String written = new ConfigLine("ContactInfo", v).writtenValue();
                    return written.equals(v) ? !ConfigLine.needsEscape(v)
                            : CString.decodeLenient(ByteString.latin1(written)).latin1().equals(v);
                });
    }

    /** Except a value ending in a backslash, which tor writes raw and then reads as a line continuation. */
    @Test
    void aSavedTorrcLineParsesToTheSameValue() {
        Qt.qt("saved torrc lines parse back").forAll(strings().betweenCodePoints(0x21, 255).ofLengthBetween(1, 40))
                .check(v -> {
                    String line = "ContactInfo " + new ConfigLine("ContactInfo", v).writtenValue() + "\n";
                    return v.endsWith("\\") || TorrcText.parse(line).orElseThrow().equals(List.of(OptionAssignment.of("ContactInfo", v)));
                });
    }

    @Test
    void everyIntegerInRangeRoundTrips() {
        Qt.qt("integers round trip").forAll(integers().all()).check(i -> {
            ValueOutcome o = OptionValues.read(OptionTable.tor().get("PathBiasCircThreshold"), Integer.toString(i));
            return o.equals(new ValueOutcome.Accepted(Integer.toString(i)));
        });
    }
}
