package org.torconformance.control.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;

/** +POSTDESCRIPTOR with a real signed descriptor; answers as tor 0.4.9.11 gave them. */
class PostDescriptorTest {
    @Test
    void aSignedDescriptorIsAddedOnceAndServedBack() {
        try (MockTor tor = Mocks.networkDisabled(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS NEWDESC");
            c.send(Descriptors.post("", Descriptors.relay0()));
            assertEquals("250 OK\r\n", c.nextReply());
            assertEquals("NEWDESC $" + Descriptors.RELAY0_ID + "~relay0", c.awaitEvent(e -> e.startsWith("NEWDESC")));
            c.send(Descriptors.post(" purpose=controller cache=no", Descriptors.relay0()));
            assertEquals("251 Router descriptor was not new.\r\n", c.nextReply());
            String served = c.command("GETINFO desc/id/" + Descriptors.RELAY0_ID);
            assertEquals("250+desc/id/" + Descriptors.RELAY0_ID + "=\r\n" + Descriptors.relay0().replace("\n", "\r\n") + ".\r\n250 OK\r\n",
                    served);
            assertEquals(served.replace("desc/id/" + Descriptors.RELAY0_ID, "desc/name/RELAY0"), c.command("GETINFO desc/name/RELAY0"));
            assertTrue(c.command("GETINFO desc/all-recent").startsWith("250+desc/all-recent=\r\nrouter relay0 "));
            assertEquals("552 No descriptor for \"relay0\"\r\n", c.command("EXTENDCIRCUIT 0 relay0"),
                    "a client that uses microdescriptors cannot build through a posted router");
            assertEquals("552 No descriptor for \"$" + Descriptors.RELAY0_ID + "~other\"\r\n",
                    c.command("EXTENDCIRCUIT 0 $" + Descriptors.RELAY0_ID + "~other"), "the nickname after ~ is not checked");
            assertEquals("552 No such router \"$" + Descriptors.RELAY0_ID + "=relay0\"\r\n",
                    c.command("EXTENDCIRCUIT 0 $" + Descriptors.RELAY0_ID + "=relay0"));
        }
    }

    @Test
    void refusalsAreTorsTexts() {
        try (MockTor tor = Mocks.networkDisabled(); Controller c = Mocks.controller(tor)) {
            String desc = Descriptors.relay0();
            c.send(Descriptors.post(" purpose=GENERAL", desc));
            assertEquals("552 Unknown purpose \"GENERAL\"\r\n", c.nextReply(), "purposes are compared exactly");
            c.send(Descriptors.post(" cache=maybe", desc));
            assertEquals("552 Unknown cache request \"maybe\"\r\n", c.nextReply());
            c.send(Descriptors.post("", desc.replace("uptime 14", "uptime 15")));
            assertEquals("554 Couldn't parse router descriptor.\r\n", c.nextReply(), "the signature no longer matches");
            c.send(Descriptors.post("", "hello world\n"));
            assertEquals("554 Couldn't parse router descriptor.\r\n", c.nextReply());
            c.send(Descriptors.post("", "router x 1.2.3.4 9001 0 0\n"));
            assertEquals("554 Couldn't parse router descriptor.\r\n", c.nextReply());
            c.send("+POSTDESCRIPTOR\r\n.\r\n");
            assertEquals("512 Bad arguments to +POSTDESCRIPTOR: Empty body\r\n", c.nextReply());
            c.send(Descriptors.post(" foo=bar", "x\n"));
            assertEquals("512 Bad arguments to +POSTDESCRIPTOR: Unrecognized keyword argument \"foo\"\r\n", c.nextReply());
            c.send(Descriptors.post(" general", "x\n"));
            assertEquals("512 Bad arguments to +POSTDESCRIPTOR: Cannot parse keyword argument(s)\r\n", c.nextReply());
            c.send(Descriptors.post(" purpose=bridge cache=YES", desc));
            assertEquals("250 OK\r\n", c.nextReply());
        }
    }
}
