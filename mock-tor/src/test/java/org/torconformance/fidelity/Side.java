package org.torconformance.fidelity;

/** Which target a connection or a response belongs to. */
public enum Side {
    LIVE("live tor"), MOCK("mock");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
