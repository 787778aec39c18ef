package org.torconformance.conformance.driver;

import java.util.List;

/** One line of {@code drivers.conf}: a client target's name and the command that starts its driver. */
public record DriverSpec(String name, List<String> command) {
    public DriverSpec {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("driver " + name + " has no command");
        }
    }

    public String commandLine() {
        return String.join(" ", command);
    }
}
