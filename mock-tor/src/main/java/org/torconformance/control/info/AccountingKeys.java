package org.torconformance.control.info;

import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;

/** {@code accounting/*} with accounting off (AccountingMax unset), as a client reports it. */
final class AccountingKeys {
    private static final String EPOCH = "1970-01-01 00:00:00";
    private static final String[][] KEYS = {
        {"accounting/bytes", "Number of bytes read/written so far in the accounting interval.", "0 0"},
        {"accounting/bytes-left", "Number of bytes left to write/read so far in the accounting interval.", "0 0"},
        {"accounting/enabled", "Is accounting currently enabled?", "0"},
        {"accounting/hibernating", "Are we hibernating or awake?", "awake"},
        {"accounting/interval-start", "Time when the accounting period starts.", EPOCH},
        {"accounting/interval-end", "Time when the accounting period ends.", EPOCH},
        {"accounting/interval-wake", "Time to wake up in this accounting period.", EPOCH},
    };

    private AccountingKeys() {
    }

    static void install(TorModel model) {
        InfoRegistry info = model.info();
        for (String[] k : KEYS) {
            info.key(k[0], k[1], Keys.constant(k[2]));
        }
    }
}
