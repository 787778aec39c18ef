/**
 * Tor's client address map (addressmap.c) and the commands over it: MAPADDRESS, the
 * {@code address-mappings/*} keys, the torrc's MapAddress lines and virtual-address networks.
 *
 * <p>For the SOCKS server: {@link org.torconformance.control.addrmap.AddressMapModule#of} gives the
 * model's {@link org.torconformance.control.addrmap.AddressMap}; {@code rewriteDestination(address)}
 * is where tor would send a request (lower-cased, then mapped) and {@code hasMapping(address)} tells
 * whether an IP request is mapped (tor does not call those "dangerous"). Streams opened through
 * {@link org.torconformance.control.circuits.Streams} are rewritten there already. SIGNAL
 * CLEARDNSCACHE calls {@code clearCache()}. All of it runs on the model's reactor thread.
 */
package org.torconformance.control.addrmap;
