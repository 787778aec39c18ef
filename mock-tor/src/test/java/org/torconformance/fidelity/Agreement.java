package org.torconformance.fidelity;

import java.util.Collection;
import java.util.Locale;

/** How many compared exchanges agreed. */
public record Agreement(long agreed, long compared) {
    public static Agreement sum(Collection<Agreement> parts) {
        return new Agreement(parts.stream().mapToLong(Agreement::agreed).sum(),
                parts.stream().mapToLong(Agreement::compared).sum());
    }

    /** 0..1; 1 when nothing was compared. */
    public double rate() {
        return compared == 0 ? 1.0 : (double) agreed / compared;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d/%d (%.1f%%)", agreed, compared, rate() * 100);
    }
}
