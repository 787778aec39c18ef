package org.torconformance.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;
import org.torconformance.wire.CommandDecoder;
import org.torconformance.wire.CommandFrame;

/** The live-tor safety filter of the differential test keeps dangerous commands away from tor. */
class HarmlessCommandsTest {
    /** A few of tor 0.4.9.11's option names, in its order; enough for the abbreviations below. */
    private static final HarmlessCommands FILTER = new HarmlessCommands(List.of("ConnLimit", "ContactInfo", "DisableNetwork",
            "KeyDirectory", "KeyDirectoryGroupReadable", "Log", "MaxCircuitDirtiness", "Nickname", "SafeLogging", "SafeSocks",
            "VersioningAuthoritativeDirectory", "__OwningControllerProcess"));

    private static Command command(String line) {
        List<CommandFrame> frames = new CommandDecoder().feed(ByteString.latin1(line.replace("\\n", "\n").replace("\\0", "\0")
                .replace("\\t", "\t") + "\r\n").toByteArray());
        return (Command) frames.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GETINFO version                          | true",
        "GETCONF DisableNetwork Key version       | true",
        "SETCONF x                                | true",
        "SETCONF ContactInfo=\"a b\" Nick=x       | true",
        "setconf Contact=x nickname               | true",
        "RESETCONF                                | true",
        "SETCONF =x                               | true",
        "SETCONF version                          | false",
        "SETCONF Key=Value                        | false",
        "SETCONF disablenetwork=0                 | false",
        "SETCONF ContactInfo=\"x DisableNetwork=0\" | false",
        "RESETCONF Safe                           | false",
        "SETCONF MaxConn=5                        | false",
        "SETCONF _                                | false",
        "SETCIRCUITPURPOSE 1 purpose=general      | true",
        "SETCIRCUITPURPOSE purpose=general        | true",
        "SETCIRCUITPURPOSE                        | false",
        "SETCIRCUITPURPOSE \\t                    | false",
        "SETCIRCUITPURPOSE \\0 1                  | false",
        "SIGNAL NEWNYM                            | false",
        "SAVECONF                                 | false",
        "TakeOwnership                            | false",
        "DROPOWNERSHIP                            | false",
        "DROPGUARDS                               | false",
        "+loadconf\\n.                            | false",
        "LOADCONF                                 | false",
        "ADD_ONION NEW:BEST Flags=Detach Port=80  | false",
        "ADD_ONION NEW:BEST Port=80               | true",
        "ONION_CLIENT_AUTH_ADD x x25519:y Flags=Permanent | false",
        "EXTENDCIRCUIT 0                          | true",
    })
    void keepsWhatCouldHurtTorAway(String line, boolean harmless) {
        Command c = command(line);
        assertEquals(harmless, FILTER.test(c), () -> c + ": " + FILTER.whyNot(c).orElse("harmless"));
    }
}
