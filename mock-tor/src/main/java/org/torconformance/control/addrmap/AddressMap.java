package org.torconformance.control.addrmap;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.torconformance.crypto.Base32;
import org.torconformance.wire.event.TorEvent;

/**
 * Tor's client address map ({@code addressmap.c}): MapAddress and MAPADDRESS rules, virtual
 * addresses, and cached answers. Keys are case-sensitive as in tor's strmap, so a rule registered
 * as {@code A.COM} is listed as such but never matches the lower-cased addresses streams carry.
 * Iteration follows insertion order; tor's hash-table order is arbitrary.
 *
 * <p>Lives on the reactor thread. The SOCKS server reads it through {@link #rewrite} and
 * {@link #hasMapping}; CLEARDNSCACHE calls {@link #clearCache}.
 */
public final class AddressMap {
    /** The kinds of virtual address MAPADDRESS hands out for {@code 0.0.0.0}, {@code ::} and {@code .}. */
    public enum VirtualKind { IPV4, IPV6, HOSTNAME }

    /** Which {@code address-mappings/*} rows to list. */
    public enum Listing {
        ALL(e -> true), CONFIG(e -> e instanceof Expiry.Config), CONTROL(e -> e instanceof Expiry.Controller),
        CACHE(e -> e instanceof Expiry.At);

        final Predicate<Expiry> selects;

        Listing(Predicate<Expiry> selects) {
            this.selects = selects;
        }
    }

    /** The mappings application streams follow (tor's AMR_FLAG_USE_MAPADDRESS, AUTOMAP and TRACKEXIT; not cached DNS). */
    public static final Set<MappingSource> STREAM_SOURCES = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
            MappingSource.TORRC, MappingSource.CONTROLLER, MappingSource.AUTOMAP, MappingSource.TRACKEXIT));

    private static final int MAX_REWRITES = 16;
    private static final int VIRTUAL_ATTEMPTS = 1000;

    private final Map<String, MappingEntry> entries = new LinkedHashMap<>();
    private final Map<String, Map<VirtualKind, String>> virtualByTarget = new HashMap<>();
    private final Clock clock;
    private final RandomGenerator random;
    private final Consumer<TorEvent> events;
    private VirtualNetwork ipv4 = VirtualNetwork.DEFAULT_IPV4;
    private VirtualNetwork ipv6 = VirtualNetwork.DEFAULT_IPV6;

    public AddressMap(Clock clock, RandomGenerator random, Consumer<TorEvent> events) {
        this.clock = clock;
        this.random = random;
        this.events = events;
    }

    public void setVirtualNetworks(VirtualNetwork ipv4, VirtualNetwork ipv6) {
        this.ipv4 = ipv4;
        this.ipv6 = ipv6;
    }

    /**
     * {@code addressmap_register}: maps {@code address} to {@code newAddress}, or removes the mapping
     * when {@code newAddress} equals it (ignoring case) with matching wildcard flags. A cached answer
     * never replaces an existing mapping. Announces new mappings with an ADDRMAP event.
     */
    public void register(String address, String newAddress, Expiry expiry, MappingSource source, boolean srcWildcard,
                         boolean dstWildcard) {
        if (newAddress.equalsIgnoreCase(address) && srcWildcard == dstWildcard) {
            entries.remove(address);
            return;
        }
        MappingEntry existing = entries.get(address);
        if (existing != null && expiry instanceof Expiry.At) {
            return;
        }
        entries.put(address, new MappingEntry(newAddress, expiry, source, srcWildcard, dstWildcard));
        Optional<Instant> when = expiry instanceof Expiry.At at ? Optional.of(at.when()) : Optional.empty();
        events.accept(AddrMapEvents.mapped(address, newAddress, when, Optional.empty(), true, OptionalLong.empty()));
    }

    /**
     * {@code addressmap_register_auto}: reads the {@code *.} wildcards off both sides.
     *
     * @return tor's reason when the mapping is refused
     */
    public Optional<String> registerAuto(String from, String to, Expiry expiry, MappingSource source,
                                         boolean allowNonRfc953) {
        if (from.equals("*") || to.equals("*")) {
            return Optional.of("can't remap from or to *");
        }
        boolean fromWildcard = from.startsWith("*.");
        boolean toWildcard = to.startsWith("*.");
        String f = fromWildcard ? from.substring(2) : from;
        String t = toWildcard ? to.substring(2) : to;
        if (toWildcard && !fromWildcard) {
            return Optional.of("can only use wildcard (i.e. '*.') if 'from' address uses wildcard also");
        }
        if (DestinationCheck.isInvalid(t, allowNonRfc953)) {
            return Optional.of("destination is invalid");
        }
        register(f, t, expiry, source, fromWildcard, toWildcard);
        return Optional.empty();
    }

    /**
     * {@code addressmap_register_virtual_address}: reuses the virtual address of this kind already
     * mapped to {@code target} (compared exactly, then ignoring case), else draws a new unused one.
     *
     * @return empty when the range is exhausted (tor: {@code 451 resource exhausted})
     */
    public Optional<String> registerVirtual(VirtualKind kind, String target) {
        Map<VirtualKind, String> slots = virtualByTarget.computeIfAbsent(target, k -> new HashMap<>());
        String previous = slots.get(kind);
        if (previous != null) {
            MappingEntry e = entries.get(previous);
            if (e != null && e.newAddress().equalsIgnoreCase(target)) {
                return Optional.of(previous);
            }
        }
        Optional<String> fresh = unusedVirtualAddress(kind);
        if (fresh.isEmpty()) {
            slots.remove(kind);
            return fresh;
        }
        slots.put(kind, fresh.get());
        register(fresh.get(), target, new Expiry.Controller(), MappingSource.AUTOMAP, false, false);
        return fresh;
    }

    private Optional<String> unusedVirtualAddress(VirtualKind kind) {
        if (kind == VirtualKind.HOSTNAME) {
            String name;
            do {
                byte[] b = new byte[10];
                random.nextBytes(b);
                name = Base32.encode(b) + ".virtual";
            } while (entries.containsKey(name));
            return Optional.of(name);
        }
        VirtualNetwork net = kind == VirtualKind.IPV4 ? ipv4 : ipv6;
        for (int i = 0; i < VIRTUAL_ATTEMPTS; i++) {
            IpAddress a = net.random(random);
            if (!a.isIpv6()) {
                int last = a.bytes()[3] & 0xff;
                if (last == 0 || last == 0xff) {
                    continue;
                }
            }
            String text = a.format(true);
            if (!entries.containsKey(text)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** {@code address_is_in_virtual_range}: a {@code .virtual} name or an address in a virtual network. */
    public boolean isVirtual(String address) {
        if (address.toLowerCase(Locale.ROOT).endsWith(".virtual")) {
            return true;
        }
        return IpAddress.parse(address).map(a -> (a.isIpv6() ? ipv6 : ipv4).contains(a)).orElse(false);
    }

    /** {@code addressmap_have_mapping}: is there a rule for the lower-cased address. */
    public boolean hasMapping(String address) {
        return entries.containsKey(address.toLowerCase(Locale.ROOT));
    }

    /**
     * {@code addressmap_rewrite}: follows mappings from {@code sources} (at most 16 times), trying
     * an exact match first and then wildcard rules for each parent domain.
     */
    public Rewrite rewrite(String address, Set<MappingSource> sources) {
        String current = address;
        Optional<Instant> expires = Optional.empty();
        int rewrites = 0;
        for (; rewrites < MAX_REWRITES; rewrites++) {
            MappingEntry exact = entries.get(current);
            MappingEntry e = exact;
            String kept = null;
            if (e == null) {
                int dot = current.indexOf('.');
                while (dot >= 0) {
                    MappingEntry w = entries.get(current.substring(dot + 1).toLowerCase(Locale.ROOT));
                    if (w != null && w.srcWildcard()) {
                        e = w;
                        kept = w.dstWildcard() ? current.substring(0, dot) : null;
                        break;
                    }
                    dot = current.indexOf('.', dot + 1);
                }
            } else if (e.srcWildcard() && !e.dstWildcard() && current.equalsIgnoreCase(e.newAddress())) {
                break;
            }
            if (e == null || !sources.contains(e.source())) {
                break;
            }
            current = kept != null ? kept + "." + e.newAddress() : e.newAddress();
            if (e.expiry() instanceof Expiry.At at && (expires.isEmpty() || at.when().isBefore(expires.get()))) {
                expires = Optional.of(at.when());
            }
        }
        return new Rewrite(current, rewrites > 0, expires);
    }

    /** What a stream to {@code address} is sent to: tor lower-cases the destination, then follows the maps. */
    public Rewrite rewriteDestination(String address) {
        return rewrite(address.toLowerCase(Locale.ROOT), STREAM_SOURCES);
    }

    /** The {@code address-mappings/*} rows: {@code from to NEVER} or {@code from to "UTC time"}. */
    public List<String> listing(Listing which) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, MappingEntry> e : entries.entrySet()) {
            MappingEntry m = e.getValue();
            if (!which.selects.test(m.expiry())) {
                continue;
            }
            String row = (m.srcWildcard() ? "*." : "") + e.getKey() + " " + (m.dstWildcard() ? "*." : "") + m.newAddress();
            out.add(row + (m.expiry() instanceof Expiry.At at ? " \"" + IsoTimes.utc(at.when()) + "\"" : " NEVER"));
        }
        return out;
    }

    /** {@code addressmap_clear_transient}, what CLEARDNSCACHE does: drops every mapping that expires. */
    public void clearCache() {
        entries.values().removeIf(m -> m.expiry() instanceof Expiry.At);
    }

    /** {@code addressmap_clear_configured}: drops the torrc's MapAddress rules before they are read again. */
    public void clearConfigured() {
        entries.values().removeIf(m -> m.expiry() instanceof Expiry.Config);
    }

    /** {@code addressmap_clean}: drops cached answers that have lapsed. */
    public void expire() {
        Instant now = clock.instant();
        for (Iterator<MappingEntry> it = entries.values().iterator(); it.hasNext(); ) {
            if (it.next().expiry() instanceof Expiry.At at && !at.when().isAfter(now)) {
                it.remove();
            }
        }
    }
}
