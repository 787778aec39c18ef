@cs-3.9 @info
Feature: GETINFO (control-spec §3.9; howto §2.3)
  A controller asks tor for information by key; tor answers each key with a one-line value or,
  when the value holds line breaks, with a dot-escaped data block. The same key can take either
  shape depending on its value.

  # --- what the client sends ------------------------------------------------------------------

  @client @MUST @howto-2.3
  Scenario: cs/3.9/1 GETINFO returns a one-line value
    "GETINFO" 1*(SP keyword); tor answers "250-keyword=value" lines and "250 OK" (control-spec
    §3.9; howto §2.3: GETINFO version).
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      250-version=0.4.9.11
      250 OK
      """
    When the controller connects
    And the controller asks for info "version"
    Then the controller gets info "version" = "0.4.9.11"
    And the controller sent exactly "GETINFO version\r\n"

  @client @MUST @howto-2.3
  Scenario: howto/2.3/1 several keys are asked for in one GETINFO
    howto §2.3 asks "GETINFO addr-mappings/config version" in one command; each key gets its line.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      250-address-mappings/config=
      250-version=0.4.9.11
      250 OK
      """
    When the controller connects
    And the controller asks for info "address-mappings/config version"
    Then the controller gets info "version" = "0.4.9.11"
    And the controller gets info "address-mappings/config" empty
    And the controller sent a GETINFO command

  # --- what the client must make of the replies ------------------------------------------------

  @client @MUST @cs-2.4
  Scenario: cs/3.9/2 GETINFO unescapes a dot-stuffed data block
    Data lines starting with "." come with another "." in front (control-spec §2.4); the value
    is the block without them.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      250+config-text=
      ..starts with a dot
      Log notice stdout
      .
      250 OK
      """
    When the controller connects
    And the controller asks for info "config-text"
    Then the controller gets info "config-text" = ".starts with a dot\nLog notice stdout"

  @client @MUST @cs-2.4
  Scenario: cs/3.9/3 a data line of two dots is a single dot, three dots are two
    Exactly one leading dot is removed; only a lone "." ends the block (control-spec §2.4).
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      250+config-text=
      ..
      ...two dots
      ends with a dot.
      .
      250 OK
      """
    When the controller connects
    And the controller asks for info "config-text"
    Then the controller gets info "config-text" = ".\n..two dots\nends with a dot."

  @client @MUST @cs-2.4
  Scenario: cs/3.9/4 an empty data block is an empty value
    Tor writes an empty value as a blank line before the "." (control-spec §2.4: DataLine may be
    just CRLF).
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      250+onions/current=

      .
      250 OK
      """
    When the controller connects
    And the controller asks for info "onions/current"
    Then the controller gets info "onions/current" empty

  @client @MUST @cs-3.9
  Scenario: cs/3.9/5 the same key as an empty line, one line and a block
    A value without line breaks is one line ("250-key=" when empty); with line breaks it is a data
    block (control-spec §3.9). circuit-status changes shape with the number of circuits.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      250-circuit-status=
      250 OK
      """
    And the mock answers "GETINFO" with:
      """
      250+circuit-status=
      1 BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha PURPOSE=GENERAL
      2 LAUNCHED PURPOSE=GENERAL
      .
      250 OK
      """
    When the controller connects
    And the controller asks for info "circuit-status"
    Then the controller gets info "circuit-status" empty
    When the controller asks for info "circuit-status"
    Then the controller gets info "circuit-status" with the lines:
      """
      1 BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha PURPOSE=GENERAL
      2 LAUNCHED PURPOSE=GENERAL
      """

  @client @MUST @cs-3.9
  Scenario: cs/3.9/6 a value with "=" and spaces is split at the first "="
    The key ends at the first "="; the rest of the line is the value (control-spec §3.9).
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      250-status/bootstrap-phase=NOTICE BOOTSTRAP PROGRESS=0 TAG=starting SUMMARY="Starting"
      250 OK
      """
    When the controller connects
    And the controller asks for info "status/bootstrap-phase"
    Then the controller gets info "status/bootstrap-phase" = "NOTICE BOOTSTRAP PROGRESS=0 TAG=starting SUMMARY=\"Starting\""

  @client @MUST @cs-3.9 @cs-4
  Scenario: cs/3.9/7 an unknown key is reported as an error
    An unrecognized key gets 552 (control-spec §3.9): the call fails, it does not return an
    empty answer.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      552 Unrecognized key "nosuch"
      """
    When the controller connects
    And the controller asks for info "nosuch"
    Then the controller reports an error

  @client @SHOULD @cs-3.9 @cs-4
  Scenario: cs/3.9/11 tor's explanation of an error reaches the user
    Reply texts are for people, not programs (control-spec §4); a library should pass them on, so
    its user learns which key was unknown.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      552 Unrecognized key "nosuch"
      """
    When the controller connects
    And the controller asks for info "nosuch"
    Then the controller reports an error mentioning "nosuch"

  @client @SHOULD @cs-3.9 @cs-4
  Scenario: cs/3.9/8 an unknown key's status code is exposed
    552 (unrecognized entity) and 551 (internal error) call for different handling (control-spec
    §4); a library should let its user see which.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      552 Unrecognized key "nosuch"
      """
    When the controller connects
    And the controller asks for info "nosuch"
    Then the controller reports an error with status 552

  @client @MUST @cs-3.9 @cs-4
  Scenario: cs/3.9/9 a known key tor cannot answer is an error, not a value
    A key-specific failure is a single "551" line (control-spec §3.9, §4): no value for any key.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      551 Not running in server mode
      """
    When the controller connects
    And the controller asks for info "fingerprint"
    Then the controller reports an error

  @client @MUST @cs-3.9 @cs-2.3
  Scenario: cs/3.9/10 a reply of several error lines is one error
    Two unknown keys give "552-…" then "552 …" (control-spec §2.3): one reply, one error, and the
    next command gets its own reply.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      552-Unrecognized key "nosuch"
      552 Unrecognized key "other"
      """
    And the mock answers "GETINFO" with:
      """
      250-process/pid=4242
      250 OK
      """
    When the controller connects
    And the controller asks for info "version nosuch other"
    Then the controller reports an error
    When the controller asks for info "process/pid"
    Then the controller gets info "process/pid" = "4242"

  @client @MUST @cs-4
  Scenario: cs/4/1 a 451 resource-exhausted reply is an error
    4yz replies are temporary failures (control-spec §4): the command failed, though it may work
    later.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      451 Resource exhausted
      """
    When the controller connects
    And the controller asks for info "ns/all"
    Then the controller reports an error

  # --- daemon ---------------------------------------------------------------------------------

  @daemon @MUST
  Scenario: cs/3.9/d1 GETINFO version answers the running version
    "250-version=" value, then "250 OK" (control-spec §3.9).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO version"
    Then the daemon answers matching "250-version=0\.4\.9\.\d+\r\n250 OK\r\n"

  @daemon @MUST
  Scenario: cs/3.9/d2 GETINFO with an unknown key answers only 552
    Any unknown key makes tor answer only "552 Unrecognized key" lines, dropping the good answers
    (control-spec §3.9).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO version nosuch"
    Then the daemon answers "552 Unrecognized key \"nosuch\"\r\n"

  @daemon @MUST
  Scenario: cs/3.9/d3 two unknown keys give one 552 line each
    The reply lists every unknown key, with the usual "-" and " " separators (control-spec §2.3,
    §3.9).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO version nosuch other"
    Then the daemon answers with the lines:
      """
      552-Unrecognized key "nosuch"
      552 Unrecognized key "other"
      """

  @daemon @MUST
  Scenario: cs/3.9/d4 GETINFO keys are case-sensitive
    Most keywords are case-sensitive (control-spec §3): "VERSION" is not a key.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO VERSION"
    Then the daemon answers "552 Unrecognized key \"VERSION\"\r\n"

  @daemon @MUST
  Scenario: cs/3.9/d5 GETINFO without keys answers OK
    With nothing to answer tor sends "250 OK".
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST
  Scenario: cs/3.9/d6 several keys answer in order, one line each
    One "250-key=value" line per key, in the order asked, then "250 OK" (control-spec §3.9).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO network-liveness dormant status/circuit-established"
    Then the daemon answers with the lines:
      """
      250-network-liveness=down
      250-dormant=0
      250-status/circuit-established=0
      250 OK
      """

  @daemon @MUST @cs-2.4
  Scenario: cs/3.9/d7 a value with line breaks is a data block
    config-text spans lines, so it comes as "250+config-text=" and a dot-terminated block (control-spec
    §2.3, §3.9).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO config-text"
    Then the daemon answers matching "250\+config-text=\r\n([^\r\n]*\r\n)+\.\r\n250 OK\r\n"

  @daemon @MUST
  Scenario: cs/3.9/d8 empty values are one-line answers
    An empty value is "250-key=" with nothing after the "=" (control-spec §3.9).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO circuit-status orconn-status net/listeners/socks"
    Then the daemon answers with the lines:
      """
      250-circuit-status=
      250-orconn-status=
      250-net/listeners/socks=
      250 OK
      """

  @daemon @MUST @cs-4
  Scenario: cs/3.9/d9 a key tor cannot answer is a single 551 line
    A key-specific failure is one "551" line for the whole command (control-spec §3.9, §4).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO version fingerprint"
    Then the daemon answers "551 Not running in server mode\r\n"

  @daemon @MUST
  Scenario: cs/3.9/d10 the lists of events, signals and features
    events/names, signal/names and features/names are space-separated lists (control-spec §3.9).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO signal/names features/names"
    Then the daemon answers with the lines:
      """
      250-signal/names=RELOAD HUP SHUTDOWN DUMP USR1 DEBUG USR2 HALT TERM INT NEWNYM CLEARDNSCACHE HEARTBEAT ACTIVE DORMANT
      250-features/names=VERBOSE_NAMES EXTENDED_EVENTS
      250 OK
      """

  @daemon @MUST @cs-4.1
  Scenario: cs/3.9/d11 events/names lists every event tor can send
    The events a controller may ask for with SETEVENTS (control-spec §3.9, §4.1).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO events/names"
    Then the daemon answers "250-events/names=CIRC CIRC_MINOR STREAM ORCONN BW DEBUG INFO NOTICE WARN ERR NEWDESC ADDRMAP DESCCHANGED NS STATUS_GENERAL STATUS_CLIENT STATUS_SERVER GUARD STREAM_BW CLIENTS_SEEN NEWCONSENSUS BUILDTIMEOUT_SET SIGNAL CONF_CHANGED CONN_BW CELL_STATS CIRC_BW TRANSPORT_LAUNCHED HS_DESC HS_DESC_CONTENT NETWORK_LIVENESS\r\n250 OK\r\n"

  @daemon @MUST @howto-2.3
  Scenario: howto/2.3/d1 the howto's addr-mappings keys are gone
    howto §2.3 asks for addr-mappings/config; tor renamed it address-mappings/* long ago, so the
    old name is an unknown key (control-spec §3.9).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO addr-mappings/config"
    Then the daemon answers "552 Unrecognized key \"addr-mappings/config\"\r\n"

  @daemon @MUST @cs-3.8
  Scenario: cs/3.9/d12 address-mappings/control lists controller mappings as a block
    Each mapping is "from to expiry"; two or more make a data block (control-spec §3.9), in no
    particular order.
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "MAPADDRESS 1.2.3.4=torproject.org 1.2.3.6=torproject.net"
    And the client sends "GETINFO address-mappings/control"
    Then the daemon answers with lines matching:
      """
      250\+address-mappings/control=
      (1\.2\.3\.4 torproject\.org NEVER\r\n1\.2\.3\.6 torproject\.net NEVER|1\.2\.3\.6 torproject\.net NEVER\r\n1\.2\.3\.4 torproject\.org NEVER)
      \.
      250 OK
      """
