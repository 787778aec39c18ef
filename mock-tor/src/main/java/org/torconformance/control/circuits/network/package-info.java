/**
 * The simulated Tor network a mock client knows: a consensus drawn from the mock's seeded random
 * ({@link org.torconformance.control.circuits.network.SimulatedNetwork}), router descriptors posted
 * by controllers, and the GETINFO keys that serve them ({@code ns/*}, {@code md/*}, {@code desc/*},
 * {@code dir/*}) in the formats of a 0.4.9.11 client using microdescriptors.
 */
package org.torconformance.control.circuits.network;
