package org.torconformance.control.auth;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.torconformance.cli.Version;
import org.torconformance.control.CommandContext;
import org.torconformance.control.ControlModule;
import org.torconformance.control.ControlSession;
import org.torconformance.control.TorModel;
import org.torconformance.crypto.HashedPassword;
import org.torconformance.crypto.SafeCookie;
import org.torconformance.wire.AuthChallengeReply;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.EscForLog;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;
import org.torconformance.wire.ProtocolInfo;

/**
 * PROTOCOLINFO, AUTHENTICATE and AUTHCHALLENGE as tor 0.4.9's {@code control_auth.c} and
 * {@code handle_control_protocolinfo} answer them, driven by the CookieAuthentication,
 * HashedControlPassword and __HashedControlSessionPassword options.
 */
public final class AuthModule implements ControlModule {
    static final CommandSyntax PROTOCOLINFO = CommandSyntax.anyPositional();
    static final CommandSyntax AUTHENTICATE = CommandSyntax.positional(0, 0)
            .withKeywords(EnumSet.of(KvLine.Flag.OMIT_KEYS, KvLine.Flag.QUOTED_QSTRING));
    static final CommandSyntax AUTHCHALLENGE = CommandSyntax.positional(1, 1)
            .withKeywords(EnumSet.of(KvLine.Flag.OMIT_KEYS, KvLine.Flag.QUOTED_QSTRING));

    @Override
    public void install(TorModel model) {
        Cookie.of(model).ensureWritten();
        model.commands().register("PROTOCOLINFO", PROTOCOLINFO, this::protocolInfo);
        model.commands().register("AUTHENTICATE", AUTHENTICATE, this::authenticate);
        model.commands().register("AUTHCHALLENGE", AUTHCHALLENGE, this::authChallenge);
    }

    public static List<String> methods(TorModel model) {
        boolean cookie = model.config().bool("CookieAuthentication");
        boolean password = hasPasswords(model);
        List<String> m = new ArrayList<>();
        if (!cookie && !password) {
            m.add("NULL");
        }
        if (cookie) {
            m.add("COOKIE");
            m.add("SAFECOOKIE");
        }
        if (password) {
            m.add("HASHEDPASSWORD");
        }
        return m;
    }

    private static boolean hasPasswords(TorModel model) {
        return model.config().isSet("HashedControlPassword") || model.config().isSet("__HashedControlSessionPassword");
    }

    private void protocolInfo(CommandContext ctx, ParsedArguments args) {
        ControlSession s = ctx.session();
        s.markProtocolInfoSent();
        for (ByteString a : args.positional()) {
            if (!isNonNegativeDecimal(a)) {
                ctx.reply(513, "No such version " + EscForLog.escape(a).latin1());
                if (!s.isAuthenticated()) {
                    ctx.closeConnection();
                }
                return;
            }
        }
        TorModel m = ctx.model();
        Cookie cookie = Cookie.of(m);
        ctx.reply(new ProtocolInfo("1", methods(m),
                cookie.enabled() ? java.util.Optional.of(ByteString.utf8(cookie.file().toString())) : java.util.Optional.empty(),
                java.util.Optional.of(ByteString.latin1(Version.TOR_VERSION)), List.of()).toReply());
    }

    /** Tor reads each version with {@code tor_parse_long(arg, 10, 0, LONG_MAX)}: a sign, digits, and a value in range. */
    private static boolean isNonNegativeDecimal(ByteString s) {
        String v = s.latin1();
        if (!v.matches("[+-]?[0-9]+")) {
            return false;
        }
        java.math.BigInteger n = new java.math.BigInteger(v.startsWith("+") ? v.substring(1) : v);
        return n.signum() >= 0 && n.compareTo(java.math.BigInteger.valueOf(Long.MAX_VALUE)) <= 0;
    }

    private void authenticate(CommandContext ctx, ParsedArguments args) {
        ControlSession s = ctx.session();
        List<KvLine.Entry> kw = args.keywords();
        byte[] password;
        boolean quoted = false;
        if (kw.isEmpty()) {
            password = new byte[0];
        } else if (kw.size() > 1) {
            fatal(ctx, 512, "Too many arguments to AUTHENTICATE.");
            return;
        } else if (kw.get(0).hasKey()) {
            fatal(ctx, 512, "AUTHENTICATE does not accept keyword arguments.");
            return;
        } else if (beforeNul(ctx.command().arguments()).contains('"')) {
            quoted = true;
            password = cString(kw.get(0).value());
        } else {
            password = hex(kw.get(0).value());
            if (password == null) {
                fatal(ctx, 551, "Invalid hexadecimal encoding.  Maybe you tried a plain text password?  "
                        + "If so, the standard requires that you put it in double quotes.");
                return;
            }
        }
        String error = check(ctx.model(), s, password, quoted);
        if (error != null) {
            fatal(ctx, 515, "Authentication failed: " + error);
            return;
        }
        ctx.replyOk();
        s.authenticated();
    }

    /** Tor decides "quoted, so not hex" with strchr on the raw arguments, which stops at the first NUL. */
    private static ByteString beforeNul(ByteString arguments) {
        int nul = arguments.indexOf(0);
        return nul < 0 ? arguments : arguments.slice(0, nul);
    }

    /** Returns null when the secret is accepted, else tor's reason. */
    private static String check(TorModel m, ControlSession s, byte[] password, boolean quoted) {
        byte[] expected = s.pendingSafeCookieClientHash();
        if (expected != null) {
            if (password.length != 32) {
                return "Wrong length for safe cookie response.";
            }
            if (!MessageDigest.isEqual(expected, password)) {
                return "Safe cookie response did not match expected value.";
            }
            s.setPendingSafeCookieClientHash(null);
            return null;
        }
        boolean cookieOn = m.config().bool("CookieAuthentication");
        boolean passwordOn = hasPasswords(m);
        if (!cookieOn && !passwordOn) {
            return null;
        }
        if (cookieOn) {
            if (password.length == Cookie.LENGTH && MessageDigest.isEqual(Cookie.of(m).bytes(), password)) {
                return null;
            }
            if (!passwordOn) {
                return password.length != Cookie.LENGTH ? "Wrong length on authentication cookie."
                        : "Authentication cookie did not match expected value.";
            }
        }
        List<HashedPassword> hashes = new ArrayList<>();
        try {
            for (String option : List.of("HashedControlPassword", "__HashedControlSessionPassword")) {
                for (String v : m.config().values(option)) {
                    hashes.add(HashedPassword.parse(v));
                }
            }
        } catch (IllegalArgumentException e) {
            if (!cookieOn) {
                return "Couldn't decode HashedControlPassword value in configuration.";
            }
            return "Password did not match HashedControlPassword *or* authentication cookie.";
        }
        for (HashedPassword h : hashes) {
            if (h.matches(password)) {
                return null;
            }
        }
        if (cookieOn) {
            return "Password did not match HashedControlPassword *or* authentication cookie.";
        }
        return quoted ? "Password did not match HashedControlPassword value from configuration"
                : "Password did not match HashedControlPassword value from configuration. Maybe you tried a plain text "
                + "password? If so, the standard requires that you put it in double quotes.";
    }

    private void authChallenge(CommandContext ctx, ParsedArguments args) {
        if (!args.positional().get(0).equalsIgnoreCase("SAFECOOKIE")) {
            fatal(ctx, 513, "AUTHCHALLENGE only supports SAFECOOKIE authentication");
            return;
        }
        Cookie cookie = Cookie.of(ctx.model());
        if (!cookie.enabled()) {
            fatal(ctx, 515, "Cookie authentication is disabled");
            return;
        }
        List<KvLine.Entry> kw = args.keywords();
        if (kw.size() != 1) {
            fatal(ctx, 512, "Wrong number of arguments for AUTHCHALLENGE");
            return;
        }
        if (kw.get(0).hasKey()) {
            fatal(ctx, 512, "AUTHCHALLENGE does not accept keyword arguments.");
            return;
        }
        byte[] clientNonce = ctx.command().arguments().contains('"') ? cString(kw.get(0).value()) : hex(kw.get(0).value());
        if (clientNonce == null) {
            fatal(ctx, 513, "Invalid base16 client nonce");
            return;
        }
        byte[] serverNonce = new byte[32];
        ctx.model().settings().random().nextBytes(serverNonce);
        SafeCookie safe = new SafeCookie(cookie.bytes());
        ctx.session().setPendingSafeCookieClientHash(safe.clientHash(clientNonce, serverNonce));
        ctx.reply(new AuthChallengeReply(ByteString.of(safe.serverHash(clientNonce, serverNonce)), ByteString.of(serverNonce)).toReply());
    }

    /** Tor copies a quoted secret with {@code strdup}: it ends at the first NUL. */
    private static byte[] cString(ByteString v) {
        int nul = v.indexOf(0);
        return (nul < 0 ? v : v.slice(0, nul)).toByteArray();
    }

    /** Tor's base16_decode: even length, hex digits of either case; null otherwise. */
    private static byte[] hex(ByteString v) {
        if (v.length() % 2 != 0) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(v.latin1());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void fatal(CommandContext ctx, int status, String text) {
        ctx.reply(status, text);
        ctx.closeConnection();
    }
}
