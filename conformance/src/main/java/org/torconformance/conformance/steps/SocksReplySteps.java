package org.torconformance.conformance.steps;

import io.cucumber.java.en.Then;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.torconformance.conformance.socks.HexText;
import org.torconformance.conformance.socks.RawSocksClient;
import org.torconformance.conformance.socks.SocksReplyText;

/** Steps that compare what a daemon's SocksPort sent back, byte for byte, and whether it closed. */
public final class SocksReplySteps {
    private final SocksConversation s;

    public SocksReplySteps(SocksConversation s) {
        this.s = s;
    }

    @Then("the SocksPort replies {string}")
    public void theSocksPortReplies(String hex) {
        byte[] expected = HexText.parse(hex);
        RawSocksClient.Received got = s.client().read(expected.length, s.run().timeouts().step());
        s.lastReply = got.bytes();
        Expect.that(Arrays.equals(expected, got.bytes()), () -> "expected the SocksPort to reply " + SocksReplyText.describe(expected)
                + ", it sent " + SocksReplyText.describe(got.bytes()) + (got.closed() ? " and closed the connection" : ""));
    }

    @Then("the SocksPort replies {int} bytes starting {string} and ending {string}")
    public void theSocksPortRepliesBytes(int length, String start, String end) {
        byte[] head = HexText.parse(start);
        byte[] tail = HexText.parse(end);
        RawSocksClient.Received got = s.client().read(length, s.run().timeouts().step());
        byte[] b = got.bytes();
        s.lastReply = b;
        boolean ok = b.length == length && b.length >= head.length + tail.length
                && Arrays.equals(head, Arrays.copyOf(b, head.length))
                && Arrays.equals(tail, Arrays.copyOfRange(b, b.length - tail.length, b.length));
        Expect.that(ok, () -> "expected " + length + " bytes starting \"" + HexText.format(head) + "\" and ending \""
                + HexText.format(tail) + "\", the SocksPort sent " + SocksReplyText.describe(b) + " ending \""
                + HexText.format(Arrays.copyOfRange(b, Math.max(0, b.length - tail.length), b.length)) + "\"");
    }

    @Then("those bytes have the SHA-256 {string}")
    public void thoseBytesHaveTheSha256(String digest) {
        String got = sha256(s.lastReply);
        Expect.that(got.equalsIgnoreCase(digest), () -> "expected bytes with SHA-256 " + digest + ", the " + s.lastReply.length
                + " bytes the SocksPort sent have " + got);
    }

    @Then("the SocksPort closes the connection")
    @Then("the SocksPort closes the connection without a reply")
    public void theSocksPortCloses() {
        RawSocksClient.Received got = s.client().readToClose(s.run().timeouts().step());
        Expect.that(got.closed() && got.bytes().length == 0, () -> got.closed()
                ? "expected the SocksPort to close without sending more, it first sent " + SocksReplyText.describe(got.bytes())
                : "expected the SocksPort to close the connection, it kept it open for " + s.run().timeouts().step().toMillis()
                        + " ms" + (got.bytes().length == 0 ? "" : " and sent " + SocksReplyText.describe(got.bytes())));
    }

    @Then("the SocksPort keeps the connection open")
    public void theSocksPortKeepsTheConnectionOpen() {
        Duration quiet = s.run().timeouts().quiet().multipliedBy(2);
        RawSocksClient.Received got = s.client().readToClose(quiet);
        Expect.that(!got.closed() && got.bytes().length == 0, () -> "expected the SocksPort to wait for the next message, it "
                + (got.bytes().length == 0 ? "" : "sent " + SocksReplyText.describe(got.bytes()) + (got.closed() ? " and " : ""))
                + (got.closed() ? "closed the connection" : ""));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
