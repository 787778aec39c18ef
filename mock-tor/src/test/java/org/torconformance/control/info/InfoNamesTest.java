package org.torconformance.control.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.torconformance.control.InfoRegistry.Documented;

class InfoNamesTest {
    @Test
    void sortsWholeLinesByByteValueAndStarsPrefixes() {
        String names = InfoNames.list(List.of(new Documented("address/v4", "v4.", false),
                new Documented("address-mappings/all", "all.", false), new Documented("address", "a.", false),
                new Documented("hs/client/desc/id", "hs.", true), new Documented("config/", "c.", true)));
        assertEquals("address -- a.\naddress-mappings/all -- all.\naddress/v4 -- v4.\nconfig/* -- c.\nhs/client/desc/id* -- hs.\n",
                names);
    }
}
