package org.torconformance.control.circuits;

/** Hears what happens to circuits (the stream side attaches waiting streams and tears down attached ones). */
interface CircuitListener {
    void built(Circuit c);

    void closed(Circuit c);
}
