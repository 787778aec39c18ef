package org.torconformance.control.onion;

/** Everything the onion module keeps. */
final class OnionState {
    final OnionServices services = new OnionServices();
}
