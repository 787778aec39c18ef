package org.torconformance.control.onion;

/** Everything the onion module keeps: hosted services and client credentials. */
final class OnionState {
    final OnionServices services = new OnionServices();
    final ClientCredentials credentials = new ClientCredentials();
}
