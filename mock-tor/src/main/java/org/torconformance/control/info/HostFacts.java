package org.torconformance.control.info;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts about the process and machine that tor reports: user, file-descriptor limit, memory. */
final class HostFacts {
    /** Tor keeps this many descriptors back from the rlimit (ULIMIT_BUFFER). */
    static final long DESCRIPTOR_RESERVE = 32;
    private static final long GIB = 1L << 30;
    private static final Pattern MEM_TOTAL = Pattern.compile("(?m)^MemTotal:\\s+(\\d+) kB$");

    private HostFacts() {
    }

    /** The effective uid, as the owner of /proc/self; -1 where there is no such file. */
    static long uid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    static String user() {
        return System.getProperty("user.name", "");
    }

    /** The open-files limit less tor's reserve. The JVM, like tor, raises its soft limit to the hard one. */
    static long descriptorLimit() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return unix.getMaxFileDescriptorCount() - DESCRIPTOR_RESERVE;
        }
        return 1000;
    }

    /**
     * Tor's automatic MaxMemInQueues: 40% of RAM on machines with 8 GiB or more, else 75%, kept
     * between 256 MiB and 8 GiB; 8 GiB when the amount of RAM is unknown.
     */
    static long defaultMaxMemInQueues() {
        Optional<Long> ram = totalMemory();
        if (ram.isEmpty()) {
            return 8 * GIB;
        }
        long r = ram.get();
        long avail = r >= 8 * GIB ? (r / 5) * 2 : (r / 4) * 3;
        return Math.max(GIB / 4, Math.min(8 * GIB, avail));
    }

    /** What tor reads: MemTotal from /proc/meminfo, else what the JVM knows. */
    private static Optional<Long> totalMemory() {
        try {
            Matcher m = MEM_TOTAL.matcher(Files.readString(Path.of("/proc/meminfo")));
            if (m.find()) {
                return Optional.of(Long.parseLong(m.group(1)) * 1024);
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Optional.of(os.getTotalMemorySize());
        }
        return Optional.empty();
    }

    /** A torrc memory size ({@code 512 MB}, {@code 2 GBytes}, {@code 1073741824}); empty if unreadable. */
    static Optional<Long> memorySize(String value) {
        Matcher m = Pattern.compile("\\s*(\\d+)\\s*([a-zA-Z]*)\\s*").matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        int shift = switch (unit) {
            case "", "b", "byte", "bytes" -> 0;
            case "kb", "kbyte", "kbytes", "kilobyte", "kilobytes" -> 10;
            case "mb", "mbyte", "mbytes", "megabyte", "megabytes" -> 20;
            case "gb", "gbyte", "gbytes", "gigabyte", "gigabytes" -> 30;
            case "tb", "tbyte", "tbytes", "terabyte", "terabytes" -> 40;
            default -> -1;
        };
        return shift < 0 ? Optional.empty() : Optional.of(n << shift);
    }
}
