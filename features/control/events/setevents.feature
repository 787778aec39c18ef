@events @setevents
Feature: SETEVENTS and the delivery of events (control-spec §3.4, §4.1, §1.1; howto §2.5)
  A controller names the events it wants; each SETEVENTS replaces the whole set. Events are
  "650" replies that may arrive at any time: between a command and its reply, in bursts, several
  lines long. A controller routes them by status code at reply boundaries, keeps their order,
  and tolerates event types, fields and values it does not know.

  # --- SETEVENTS: what the client sends --------------------------------------------------------

  @client @MUST @cs-3.4 @howto-2.5
  Scenario: howto/2.5/1 the five log severities are asked for
    howto §2.5 subscribes to DEBUG INFO NOTICE WARN ERR; since SETEVENTS replaces the whole set
    (control-spec §3.4), the last SETEVENTS must name all five.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "DEBUG INFO NOTICE WARN ERR"
    Then the controller succeeds
    And the controller's last SETEVENTS asks for "DEBUG INFO NOTICE WARN ERR"

  @client @MUST @cs-3.4
  Scenario: cs/3.4/1 unsubscribing drops the event from the set asked for
    Events not listed are turned off, and SETEVENTS with nothing turns them all off (control-spec
    §3.4): after unsubscribing, the library's last SETEVENTS no longer names the event.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CIRC"
    And the controller unsubscribes from all events
    Then the controller succeeds
    And the controller's last SETEVENTS does not ask for "CIRC"

  @client @MUST @cs-3.4 @cs-4
  Scenario: cs/3.4/2 a refused SETEVENTS is reported
    Tor answers 552 for an event name it does not know, and keeps the old set (control-spec
    §3.4).
    Given a mock tor
    And the mock refuses the event "PT_LOG"
    When the controller connects
    And the controller subscribes to "PT_LOG"
    Then the controller reports an error

  # --- routing events -------------------------------------------------------------------------

  @client @MUST @cs-4.1 @howto-4
  Scenario: cs/4.1/1 an event between a command and its reply goes to the listener
    Events may come after a command is sent and before its reply (control-spec §4.1); the client
    tells them apart by their 6xx status (howto §4). The reply still answers the command.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CIRC"
    And the mock answers "GETINFO" with:
      """
      650 CIRC 1 LAUNCHED BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-11-25T20:59:03.123456
      250-process/pid=4242
      250 OK
      """
    And the controller asks for info "process/pid"
    Then the controller gets info "process/pid" = "4242"
    And the controller receives a CIRC event reading "1 LAUNCHED BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-11-25T20:59:03.123456"

  @client @MUST @cs-4.1
  Scenario: cs/4.1/2 a multi-line event right after a reply does not mix with it
    Events a command causes arrive after its reply (control-spec §4.1); CONF_CHANGED is
    several lines long and ends with "650 OK", which is not a reply to anything.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CONF_CHANGED"
    And the mock answers "SETCONF" with:
      """
      250 OK
      650-CONF_CHANGED
      650-ContactInfo=hello
      650-MaxCircuitDirtiness=700
      650 OK
      """
    And the mock answers "GETINFO" with:
      """
      250-process/pid=4242
      250 OK
      """
    And the controller sets the configuration:
      | ContactInfo         | hello |
      | MaxCircuitDirtiness | 700   |
    And the controller asks for info "process/pid"
    Then the controller gets info "process/pid" = "4242"
    And the controller receives a CONF_CHANGED event with the lines:
      """
      ContactInfo=hello
      MaxCircuitDirtiness=700
      """

  @client @MUST @cs-4.1
  Scenario: cs/4.1/3 a burst of events keeps its order
    Tor queues events and sends them in the order they happened (control-spec §4.1); a burst of
    different types, one of them multi-line, arrives whole and in order.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CIRC BW CONF_CHANGED NOTICE"
    And tor emits:
      """
      650 BW 1024 2048
      650 CIRC 3 EXTENDED $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha PURPOSE=GENERAL
      650-CONF_CHANGED
      650-ExitPolicy=accept 34.3.4.5
      650-ExitPolicy=reject *:*
      650 OK
      650 NOTICE Received reload signal (hup). Reloading config and resetting internal state.
      650 CIRC 3 BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha,$BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB~beta PURPOSE=GENERAL
      650 BW 0 0
      """
    Then the controller receives these events in order:
      | BW     | 1024 2048                                                                                                              |
      | CIRC   | 3 EXTENDED $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha PURPOSE=GENERAL                                               |
      | NOTICE | Received reload signal (hup). Reloading config and resetting internal state.                                           |
      | CIRC   | 3 BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha,$BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB~beta PURPOSE=GENERAL |
      | BW     | 0 0                                                                                                                    |
    And the controller receives a CONF_CHANGED event with the lines:
      """
      ExitPolicy=accept 34.3.4.5
      ExitPolicy=reject *:*
      """

  @client @MUST @cs-4.1
  Scenario: cs/4.1/4 each event is delivered once
    One 650 reply is one event (control-spec §4.1): a multi-line event is one event, not one per
    line, and its final "650 OK" is not an event of its own.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CONF_CHANGED SIGNAL"
    And tor emits:
      """
      650-CONF_CHANGED
      650-ContactInfo=hello
      650 OK
      650 SIGNAL RELOAD
      """
    Then the controller receives 1 CONF_CHANGED events
    And the controller receives 1 SIGNAL events

  @client @MUST @cs-4.1 @cs-1
  Scenario: cs/4.1/5 an event split across writes is delivered whole
    Event lines may arrive in any number of TCP segments (control-spec §1).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "BW"
    And tor emits the raw bytes "650 BW 10"
    And tor emits the raw bytes "24 2048\r"
    And tor emits the raw bytes "\n"
    Then the controller receives a BW event reading "1024 2048"

  # --- forward compatibility ------------------------------------------------------------------

  @client @MUST @cs-1.1 @cs-4.1
  Scenario: cs/1.1/1 an unknown event type does not disturb later events and replies
    Future tors add event types; clients must not fail on messages they do not understand nor on
    the messages after them (control-spec §1.1, §4.1).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CIRC"
    And tor emits:
      """
      650 CONFLUX_MAGIC 1 2 X=3
      650 CIRC 9 BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha PURPOSE=GENERAL
      """
    And the mock answers "GETINFO" with:
      """
      250-process/pid=4242
      250 OK
      """
    And the controller asks for info "process/pid"
    Then the controller gets info "process/pid" = "4242"
    And the controller receives a CIRC event reading "9 BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha PURPOSE=GENERAL"

  @client @MUST @cs-1.1 @cs-4.1.1
  Scenario: cs/1.1/2 unknown fields and values in a known event are tolerated
    Clients must tolerate more fields, new KEY=VALUE arguments in any position, and values not in
    the spec's lists (control-spec §1.1, §4.1.1): here a new purpose and a new keyword.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CIRC"
    And tor emits:
      """
      650 CIRC 9 BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha NEWFIELD=1 PURPOSE=CONFLUX_LINKED CONFLUX_ID=0A1B CONFLUX_RTT=1234
      """
    Then the controller receives a CIRC event reading "9 BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha NEWFIELD=1 PURPOSE=CONFLUX_LINKED CONFLUX_ID=0A1B CONFLUX_RTT=1234"

  @client @MUST @cs-1.1 @cs-4.1.1
  Scenario: cs/1.1/3 a known argument is found after an unknown one
    Arguments may come in any order, with new ones between them (control-spec §1.1): tor itself
    writes REASON after the SOCKS fields.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CIRC"
    And tor emits:
      """
      650 CIRC 9 CLOSED $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha PURPOSE=GENERAL FUTURE=x SOCKS_USERNAME="u" REASON=FINISHED
      """
    Then the CIRC event's REASON argument is "FINISHED"

  @client @MUST @cs-1.1 @cs-4.1.2
  Scenario: cs/1.1/4 a new stream status is delivered, not dropped
    Unknown status values must be tolerated, and the event not treated as absent (control-spec
    §1.1): tor 0.4.9 sends XOFF_SENT, which the 2023 spec does not list.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "STREAM"
    And tor emits:
      """
      650 STREAM 10 XOFF_SENT 3 b.test:443 CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-2 ISO_FIELDS=SESSION_GROUP
      """
    Then the controller receives a STREAM event reading "10 XOFF_SENT 3 b.test:443 CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-2 ISO_FIELDS=SESSION_GROUP"

  @client @SHOULD @cs-4.1.2
  Scenario: cs/4.1.2/3 tor's "REASON= UNKNOWN_5" is tolerated
    Tor prints an unknown stream end reason with a space after "=" (a tor bug); a robust client
    still delivers the event and the ones after it.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "STREAM"
    And tor emits:
      """
      650 STREAM 9 CLOSED 3 a.test:80 REASON= UNKNOWN_5 CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-2 ISO_FIELDS=
      650 STREAM 10 SUCCEEDED 3 b.test:443 CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-2 ISO_FIELDS=
      """
    Then the controller receives a STREAM event reading "10 SUCCEEDED 3 b.test:443 CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-2 ISO_FIELDS="

  @client @SHOULD @cs-4.1.10
  Scenario: cs/4.1.10/4 tor's doubly quoted DATA value is tolerated
    Tor quotes the already-quoted first bytes of an unknown SOCKS protocol a second time
    (DATA=""\006\001"", a tor bug); a robust client still delivers the event and the ones after it.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "STATUS_CLIENT"
    And tor emits:
      """
      650 STATUS_CLIENT WARN SOCKS_UNKNOWN_PROTOCOL DATA=""\\006\\001""
      650 STATUS_CLIENT NOTICE CIRCUIT_ESTABLISHED
      """
    Then the controller receives a STATUS_CLIENT event reading "NOTICE CIRCUIT_ESTABLISHED"

  # --- daemon ---------------------------------------------------------------------------------

  @daemon @MUST @cs-3.4
  Scenario: cs/3.4/d1 every event tor lists can be asked for at once
    Tor accepts each event name of GETINFO events/names (control-spec §3.4, §4.1).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS CIRC CIRC_MINOR STREAM ORCONN BW DEBUG INFO NOTICE WARN ERR NEWDESC ADDRMAP DESCCHANGED NS STATUS_GENERAL STATUS_CLIENT STATUS_SERVER GUARD STREAM_BW CLIENTS_SEEN NEWCONSENSUS BUILDTIMEOUT_SET SIGNAL CONF_CHANGED CONN_BW CELL_STATS CIRC_BW TRANSPORT_LAUNCHED HS_DESC HS_DESC_CONTENT NETWORK_LIVENESS"
    Then the daemon answers matching "250 OK\r\n(650 .*\r\n)*"

  @daemon @MUST @cs-3.4
  Scenario: cs/3.4/d2 an unknown event name is 552
    An unrecognized event code gets "552 Unrecognized event" (control-spec §3.4).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS CIRC FOO"
    Then the daemon answers "552 Unrecognized event \"FOO\"\r\n"

  @daemon @MUST @cs-3.4
  Scenario: cs/3.4/d3 event names are case-insensitive and EXTENDED is accepted
    EXTENDED is always on since 0.2.2.1-alpha and still accepted (control-spec §3.4); names match
    in any case.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS EXTENDED circ Stream"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.4
  Scenario: cs/3.4/d4 SETEVENTS with no names answers OK and turns events off
    SETEVENTS with an empty body turns off all event reporting (control-spec §3.4).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS SIGNAL"
    And the client sends "SETEVENTS"
    And the client sends "SIGNAL HEARTBEAT"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.4
  Scenario: cs/3.4/d5 a refused SETEVENTS leaves the old set in place
    On error the list of active event codes is not changed (control-spec §3.4).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS SIGNAL"
    And the client sends "SETEVENTS SIGNAL FOO"
    And the client sends "SIGNAL HEARTBEAT"
    Then the daemon answers "250 OK\r\n650 SIGNAL HEARTBEAT\r\n"

  @daemon @INFO @cs-3.4 @cs-4.1.28
  Scenario: cs/3.4/d6 PT_LOG cannot be asked for
    Recorded tor 0.4.9.11 behaviour: the spec documents PT_LOG and PT_STATUS (§4.1.28–29) but tor
    leaves them out of its event table and refuses them.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS PT_LOG"
    Then the daemon answers "552 Unrecognized event \"PT_LOG\"\r\n"

  @daemon @INFO @cs-3.4 @cs-4.1.8
  Scenario: cs/3.4/d7 the removed AUTHDIR_NEWDESCS is still accepted
    Recorded tor 0.4.9.11 behaviour: AUTHDIR_NEWDESCS was removed in 0.3.2.1-alpha (control-spec
    §4.1.8) but SETEVENTS still accepts the name.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS AUTHDIR_NEWDESCS"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-4.1 @cs-4.1.17
  Scenario: cs/4.1/d1 an event a command causes comes after the command's reply
    Events are queued and sent after the reply of the command that caused them (control-spec
    §4.1).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS SIGNAL"
    And the client sends "SIGNAL HEARTBEAT"
    Then the daemon answers "250 OK\r\n650 SIGNAL HEARTBEAT\r\n"

  @daemon @MUST @cs-4.1 @cs-1
  Scenario: cs/4.1/d2 events of pipelined commands follow all of their replies
    Several commands in one write are answered in order; the events they cause are flushed after
    those replies (control-spec §1, §4.1).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS SIGNAL"
    And the client sends the lines:
      """
      SIGNAL HEARTBEAT
      USEFEATURE VERBOSE_NAMES
      """
    Then the daemon answers "250 OK\r\n250 OK\r\n650 SIGNAL HEARTBEAT\r\n"
