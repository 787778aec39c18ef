package org.torconformance.livetor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One real tor child process for control-port work, isolated from the host's tor: its own 0700 temp
 * DataDirectory, a generated torrc (never /etc/tor/torrc), ControlPort on 127.0.0.1 with an auto port,
 * {@code __OwningControllerProcess} set to this JVM so an orphan exits by itself, and
 * {@code DisableNetwork 1} unless the torrc carries private loopback DirAuthority lines.
 *
 * <pre>{@code
 * try (LiveTor tor = LiveTor.builder().auth(ControlAuth.cookie()).start()) {
 *     connect to 127.0.0.1:tor.controlPort(), AUTHENTICATE with the bytes of tor.cookieFile()
 * }
 * }</pre>
 *
 * A SocksPort needs network enabled: with {@code DisableNetwork 1} tor opens no SOCKS listener at all.
 * {@link Builder#socksWithUnreachableAuthority()} gives a listening SocksPort on a tor that can only ever
 * try one closed loopback port. Do not {@code SETCONF DisableNetwork=0} on a tor without private
 * DirAuthority lines: it would contact the public network.
 */
public final class LiveTor implements AutoCloseable {
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final Pattern VERSION = Pattern.compile("Tor version (\\S+?)\\.?$", Pattern.MULTILINE);

    private final TorProcess process;
    private final int controlPort;
    private final OptionalInt socksPort;
    private final Optional<Path> cookieFile;
    private boolean closed;

    private LiveTor(TorProcess process, int controlPort, OptionalInt socksPort, Optional<Path> cookieFile) {
        this.process = process;
        this.controlPort = controlPort;
        this.socksPort = socksPort;
        this.cookieFile = cookieFile;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The installed tor's version, e.g. {@code 0.4.9.11}, from {@code tor --version}. */
    public static String version() {
        String output = OneShotCommand.run(List.of(TorExecutables.tor().toString(), "--version"));
        Matcher m = VERSION.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("unexpected output of tor --version:\n" + output);
        }
        return m.group(1);
    }

    public int controlPort() {
        return controlPort;
    }

    public OptionalInt socksPort() {
        return socksPort;
    }

    public Path dataDirectory() {
        return process.dataDirectory();
    }

    /** The control_auth_cookie file; present only with {@link ControlAuth#cookie()}. */
    public Optional<Path> cookieFile() {
        return cookieFile;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * The last lines tor wrote to stdout ({@code Log notice stdout}, plus what tor prints before it has
     * read its torrc). Still available after {@link #close()}.
     */
    public List<String> logTail(int lines) {
        return process.logTail(lines);
    }

    /** Stops tor by pid (SIGTERM, then SIGKILL after a grace period) and deletes the DataDirectory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        TorProcess.stopAll(List.of(process), STOP_GRACE);
        Directories.deleteRecursively(process.dataDirectory());
    }

    public static final class Builder {
        private ControlAuth auth = ControlAuth.none();
        private final List<String> torrcLines = new ArrayList<>();
        private boolean socksPort;
        private boolean disableNetwork = true;
        private boolean unreachableAuthority;
        private Duration startTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        public Builder auth(ControlAuth auth) {
            this.auth = Objects.requireNonNull(auth, "auth");
            return this;
        }

        /** Appends one torrc line after the generated ones; order is kept. */
        public Builder torrcLine(String line) {
            LiveTorConfig.requireNotReserved(line);
            torrcLines.add(line);
            return this;
        }

        public Builder torrcLines(List<String> lines) {
            lines.forEach(this::torrcLine);
            return this;
        }

        /** {@code SocksPort 127.0.0.1:auto}; needs network enabled (see the class comment). */
        public Builder socksPort(boolean enabled) {
            this.socksPort = enabled;
            return this;
        }

        /** On by default; off only with private loopback DirAuthority lines, otherwise start() refuses. */
        public Builder disableNetwork(boolean disabled) {
            this.disableNetwork = disabled;
            return this;
        }

        /**
         * A listening SocksPort on a tor whose only directory authority is made up and sits on the closed
         * port 127.0.0.1:1, with TestingTorNetwork 1: SOCKS handshakes are answered, but tor never gets a
         * consensus, so CONNECT requests hang until SocksTimeout and no traffic leaves loopback.
         */
        public Builder socksWithUnreachableAuthority() {
            this.socksPort = true;
            this.disableNetwork = false;
            this.unreachableAuthority = true;
            return this;
        }

        /** How long start() waits for the control (and SOCKS) port; 30 s by default. */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * @throws TorNotInstalledException when there is no tor executable
         * @throws IllegalStateException when the options would let tor reach the public network
         * @throws TorStartException when tor exits or its ports do not open in time
         */
        public LiveTor start() {
            Path tor = TorExecutables.tor();
            LiveTorConfig config = new LiveTorConfig(
                    auth, torrcLines, socksPort, disableNetwork, unreachableAuthority);
            config.validate();
            Optional<ControlAuth.HashedPassword> password = hashedPassword();
            Deadline deadline = Deadline.after(startTimeout);

            Path dataDirectory = Directories.createPrivateTemp("livetor-");
            TorProcess process = null;
            try {
                Path torrc = dataDirectory.resolve("torrc");
                TorrcLines.write(torrc, config.torrcLines(dataDirectory, ProcessHandle.current().pid(), password));
                process = TorProcess.launch("tor", tor, torrc, dataDirectory);
                int controlPort = process.awaitControlPort(deadline);
                OptionalInt socks = socksPort ? OptionalInt.of(process.awaitSocksPort(deadline)) : OptionalInt.empty();
                Optional<Path> cookie = auth instanceof ControlAuth.Cookie
                        ? Optional.of(dataDirectory.resolve("control_auth_cookie"))
                        : Optional.empty();
                return new LiveTor(process, controlPort, socks, cookie);
            } catch (RuntimeException | Error e) {
                if (process != null) {
                    TorProcess.stopAll(List.of(process), STOP_GRACE);
                }
                Directories.deleteRecursively(dataDirectory);
                throw e;
            }
        }

        private Optional<ControlAuth.HashedPassword> hashedPassword() {
            if (auth instanceof ControlAuth.HashedPassword hashed) {
                return Optional.of(hashed);
            }
            if (auth instanceof ControlAuth.Password password) {
                return Optional.of(password.hashed());
            }
            return Optional.empty();
        }
    }
}
