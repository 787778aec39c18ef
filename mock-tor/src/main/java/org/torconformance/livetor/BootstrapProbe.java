package org.torconformance.livetor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code GETINFO status/bootstrap-phase} over an authenticated control connection. */
final class BootstrapProbe {
    private static final Pattern PROGRESS = Pattern.compile("\\bPROGRESS=(\\d+)");

    private BootstrapProbe() {
    }

    static int progress(ControlConnection control) {
        ControlReply reply = control.requireOk("GETINFO status/bootstrap-phase");
        Matcher m = PROGRESS.matcher(reply.firstLine());
        if (!m.find()) {
            throw new IllegalStateException("no PROGRESS in " + reply.lines());
        }
        return Integer.parseInt(m.group(1));
    }

    static Optional<Integer> done(ControlConnection control) {
        int progress = progress(control);
        return progress == 100 ? Optional.of(progress) : Optional.empty();
    }
}
