package org.torconformance.control.config;

import java.util.Optional;

/**
 * One option of tor's table.
 *
 * @param initValue the default as tor writes it in its source ({@code "10 minutes"}), if any
 * @param listed    whether {@code GETINFO config/names} lists it (obsolete and hidden options are not)
 * @param group     for a {@link OptionType#DEPENDENT} option, the {@link OptionType#VIRTUAL} option
 *                  whose line list it shares
 */
public record OptionDef(String name, OptionType type, Parse parse, boolean listed, Optional<String> initValue,
                        Optional<String> group) {

    /** How values are read where the printed type name covers more than one C type. */
    public enum Parse {
        BY_TYPE,
        /** {@code Integer} that is a uint64 ({@code __OwningControllerFD}). */
        UINT64,
        /** {@code TimeInterval} that is a legacy download schedule: only the part before the first comma counts. */
        CSV_INTERVAL
    }

    public OptionDef {
        if ((type == OptionType.DEPENDENT) != group.isPresent()) {
            throw new IllegalArgumentException("a group is required exactly for Dependent options: " + name);
        }
    }

    /** Where the value lives: the group for Dependent options, the option itself otherwise. */
    public String slot() {
        return group.orElse(name);
    }

    /** Options named {@code __X} are for controllers: never saved, hidden inside group dumps. */
    public boolean isControllerOnly() {
        return name.startsWith("__");
    }
}
