package org.torconformance.control.info;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Tor's GeoIP files ({@code GeoIPFile}, {@code GeoIPv6File}): lines {@code start,end,CC} of IPv4
 * ranges as integers or IPv6 ranges as addresses, sorted. A lookup gives the lower-case country
 * code, or {@code ??} for an address in no range. Files are read once per JVM.
 */
final class GeoIpDatabase {
    private static final Map<Path, CompletableFuture<Optional<GeoIpDatabase>>> LOADED = new ConcurrentHashMap<>();
    private static final Executor READER = task -> {
        Thread t = new Thread(task, "geoip-reader");
        t.setDaemon(true);
        t.start();
    };

    /** Range starts and ends as unsigned 128-bit numbers (two longs each); IPv4 uses the low half. */
    private final long[] startHigh;
    private final long[] startLow;
    private final long[] endHigh;
    private final long[] endLow;
    private final String[] country;

    private GeoIpDatabase(List<long[]> ranges, List<String> countries) {
        int n = ranges.size();
        startHigh = new long[n];
        startLow = new long[n];
        endHigh = new long[n];
        endLow = new long[n];
        for (int i = 0; i < n; i++) {
            long[] r = ranges.get(i);
            startHigh[i] = r[0];
            startLow[i] = r[1];
            endHigh[i] = r[2];
            endLow[i] = r[3];
        }
        country = countries.toArray(String[]::new);
    }

    /**
     * Starts reading {@code file} in the background, as tor reads its GeoIP files at start-up,
     * so that the first lookup does not stall the reactor for the second a big file takes.
     */
    static void preload(Path file) {
        loading(file);
    }

    /** The database in {@code file}, or empty when it cannot be read (tor then says the data is not loaded). */
    static Optional<GeoIpDatabase> load(Path file) {
        return loading(file).join();
    }

    private static CompletableFuture<Optional<GeoIpDatabase>> loading(Path file) {
        return LOADED.computeIfAbsent(file.toAbsolutePath(), f -> CompletableFuture.supplyAsync(() -> read(f), READER));
    }

    private static Optional<GeoIpDatabase> read(Path file) {
        List<long[]> ranges = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        Map<String, String> codes = new java.util.HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                if (f.length != 3) {
                    continue;
                }
                Optional<long[]> start = number(f[0]);
                Optional<long[]> end = number(f[1]);
                if (start.isPresent() && end.isPresent()) {
                    ranges.add(new long[] {start.get()[0], start.get()[1], end.get()[0], end.get()[1]});
                    String code = f[2].strip().toLowerCase(Locale.ROOT);
                    countries.add(codes.computeIfAbsent(code, c -> c));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return ranges.isEmpty() ? Optional.empty() : Optional.of(new GeoIpDatabase(ranges, countries));
    }

    /** An IPv4 range bound is a decimal integer, an IPv6 one an address. */
    private static Optional<long[]> number(String field) {
        String s = field.strip();
        if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
            return Optional.of(new long[] {0, Long.parseLong(s)});
        }
        return IpLiteral.ipv6(s).map(GeoIpDatabase::toLongs);
    }

    static long[] toLongs(byte[] address) {
        byte[] a = new byte[16];
        System.arraycopy(address, 0, a, 16 - address.length, address.length);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (a[i] & 0xFF);
            low = (low << 8) | (a[i + 8] & 0xFF);
        }
        return new long[] {high, low};
    }

    String country(byte[] address) {
        long[] x = toLongs(address);
        int lo = 0;
        int hi = country.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(x[0], x[1], startHigh[mid], startLow[mid]) < 0) {
                hi = mid - 1;
            } else if (compare(x[0], x[1], endHigh[mid], endLow[mid]) > 0) {
                lo = mid + 1;
            } else {
                return country[mid];
            }
        }
        return "??";
    }

    private static int compare(long aHigh, long aLow, long bHigh, long bLow) {
        int c = Long.compareUnsigned(aHigh, bHigh);
        return c != 0 ? c : Long.compareUnsigned(aLow, bLow);
    }
}
