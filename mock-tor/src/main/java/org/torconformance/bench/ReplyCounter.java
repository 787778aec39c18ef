package org.torconformance.bench;

/**
 * Counts complete replies and events in a byte stream from a control port without building them:
 * a reply ends at a {@code NNN } line outside a data block, an event is such a reply whose status
 * starts with 6. Lean on purpose, so that the client costs the same against the mock and tor.
 */
final class ReplyCounter {
    private int column;
    private int first;
    private int separator;
    private boolean inData;
    private boolean dotLine;
    private long replies;
    private long events;

    void feed(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            int b = buf[i];
            if (b == '\n') {
                endOfLine();
                continue;
            }
            if (column == 0) {
                first = b;
                dotLine = b == '.';
            } else if (column == 3) {
                separator = b;
            } else if (b != '\r') {
                dotLine = false;
            }
            column++;
        }
    }

    private void endOfLine() {
        if (inData) {
            if (dotLine && column <= 2) {
                inData = false;
            }
        } else if (separator == '+') {
            inData = true;
        } else if (separator == ' ') {
            if (first == '6') {
                events++;
            } else {
                replies++;
            }
        }
        column = 0;
        separator = 0;
        dotLine = false;
    }

    long replies() {
        return replies;
    }

    long events() {
        return events;
    }
}
