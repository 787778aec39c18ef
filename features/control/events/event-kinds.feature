@events @event-kinds
Feature: Every kind of event (control-spec §4.1.1–§4.1.27; howto §2.5.1)
  For each event tor 0.4.9.11 can send, a controller subscribed to it must deliver it whole:
  the text after the event keyword, unchanged, or for the multi-line kinds every line. The event
  lines here are shaped as tor writes them (from tor's format strings and captured events).

  @client @MUST @cs-4.1.1 @howto-2.5.1
  Scenario: cs/4.1.1/1 CIRC: a built circuit with its path
    "650 CIRC" CircuitID CircStatus [Path] and keyword fields (control-spec §4.1.1); the path is
    comma-separated LongNames ($fingerprint~nickname).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CIRC"
    And tor emits:
      """
      650 CIRC 7 BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha,$BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB~beta,$CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC~gamma BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-11-25T20:59:03.123456
      """
    Then the controller receives a CIRC event reading "7 BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha,$BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB~beta,$CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC~gamma BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-11-25T20:59:03.123456"

  @client @MUST @cs-4.1.1
  Scenario: cs/4.1.1/2 CIRC: a launched circuit has no path
    The path is given only once the circuit has been extended at least one hop (control-spec
    §4.1.1).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CIRC"
    And tor emits:
      """
      650 CIRC 8 LAUNCHED BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-11-25T20:59:03.123456
      """
    Then the controller receives a CIRC event reading "8 LAUNCHED BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-11-25T20:59:03.123456"

  @client @MUST @cs-4.1.1
  Scenario: cs/4.1.1/3 CIRC: the purpose is parsed
    PURPOSE=GENERAL is a keyword argument of CIRC (control-spec §4.1.1).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CIRC"
    And tor emits:
      """
      650 CIRC 7 BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-11-25T20:59:03.123456
      """
    Then the CIRC event's PURPOSE argument is "GENERAL"

  @client @MUST @cs-4.1.1 @cs-2.1
  Scenario: cs/4.1.1/4 CIRC: an escaped quote in SOCKS_PASSWORD is unescaped
    SOCKS_USERNAME and SOCKS_PASSWORD are QuotedStrings (control-spec §4.1.1); in a QuotedString
    a backslash escapes the next character (§2.1), so the password is s3cr"t.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CIRC"
    And tor emits:
      """
      650 CIRC 12 BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~alpha PURPOSE=GENERAL SOCKS_USERNAME="alice" SOCKS_PASSWORD="s3cr\\"t"
      """
    Then the CIRC event's SOCKS_PASSWORD argument is "s3cr\"t"

  @client @MUST @cs-4.1.19
  Scenario: cs/4.1.19/1 CIRC_MINOR: a circuit changed its purpose
    "650 CIRC_MINOR" CircuitID CircEvent [Path] and fields including OLD_PURPOSE (control-spec
    §4.1.19).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CIRC_MINOR"
    And tor emits:
      """
      650 CIRC_MINOR 7 PURPOSE_CHANGED $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1 BUILD_FLAGS=IS_INTERNAL,NEED_CAPACITY PURPOSE=MEASURE_TIMEOUT TIME_CREATED=2012-12-03T16:45:33.409602 OLD_PURPOSE=TESTING
      """
    Then the controller receives a CIRC_MINOR event reading "7 PURPOSE_CHANGED $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1 BUILD_FLAGS=IS_INTERNAL,NEED_CAPACITY PURPOSE=MEASURE_TIMEOUT TIME_CREATED=2012-12-03T16:45:33.409602 OLD_PURPOSE=TESTING"

  @client @MUST @cs-4.1.2 @howto-2.5.1
  Scenario: cs/4.1.2/1 STREAM: a new stream with its SOCKS credentials
    "650 STREAM" StreamID StreamStatus CircuitID Target and fields (control-spec §4.1.2); quoted
    SOCKS values hold escapes, ISO_FIELDS a comma list.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "STREAM"
    And tor emits:
      """
      650 STREAM 60 NEW 0 example.com:80 SOURCE_ADDR=127.0.0.1:40094 PURPOSE=USER SOCKS_USERNAME="alice" SOCKS_PASSWORD="s3cr\\"t" CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4 ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH
      """
    Then the controller receives a STREAM event reading "60 NEW 0 example.com:80 SOURCE_ADDR=127.0.0.1:40094 PURPOSE=USER SOCKS_USERNAME=\"alice\" SOCKS_PASSWORD=\"s3cr\\\"t\" CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4 ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH"

  @client @MUST @cs-4.1.2
  Scenario: cs/4.1.2/2 STREAM: a closed stream's reason is parsed
    REASON is given for FAILED, CLOSED and DETACHED streams (control-spec §4.1.2).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "STREAM"
    And tor emits:
      """
      650 STREAM 61 CLOSED 3 example.com:443 REASON=END REMOTE_REASON=DONE CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4 ISO_FIELDS=
      """
    Then the STREAM event's REASON argument is "END"

  @client @MUST @cs-4.1.3 @howto-2.5.1
  Scenario: cs/4.1.3/1 ORCONN: a closed OR connection
    "650 ORCONN" (LongName / Target) ORStatus and fields (control-spec §4.1.3).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "ORCONN"
    And tor emits:
      """
      650 ORCONN $A1130635A0CDA6F60C276FBF6994EFBD4ECADAB1~tama CLOSED REASON=DONE NCIRCS=2 ID=18
      """
    Then the controller receives a ORCONN event reading "$A1130635A0CDA6F60C276FBF6994EFBD4ECADAB1~tama CLOSED REASON=DONE NCIRCS=2 ID=18"

  @client @MUST @cs-4.1.4 @howto-2.5.1
  Scenario: cs/4.1.4/1 BW: bytes read and written in the last second
    "650 BW" BytesRead BytesWritten (control-spec §4.1.4).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "BW"
    And tor emits:
      """
      650 BW 1536 2048
      """
    Then the controller receives a BW event reading "1536 2048"

  @client @MUST @cs-4.1.5 @howto-2.5
  Scenario: cs/4.1.5/1 log events of every severity
    "650" Severity ReplyText, for DEBUG, INFO, NOTICE, WARN and ERR (control-spec §4.1.5; howto
    §2.5 listens to all five).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "DEBUG INFO NOTICE WARN ERR"
    And tor emits:
      """
      650 DEBUG conn_read_callback(): socket 7 wants to read.
      650 INFO circuit_build_times_add_time(): Adding circuit build time 250
      650 NOTICE Bootstrapped 100% (done): Done
      650 WARN Problem bootstrapping. Stuck at 0% (starting): Starting.
      650 ERR Couldn't open file for 'Log err file /nonexistent/x'
      """
    Then the controller receives these events in order:
      | DEBUG  | conn_read_callback(): socket 7 wants to read.                |
      | INFO   | circuit_build_times_add_time(): Adding circuit build time 250 |
      | NOTICE | Bootstrapped 100% (done): Done                               |
      | WARN   | Problem bootstrapping. Stuck at 0% (starting): Starting.     |
      | ERR    | Couldn't open file for 'Log err file /nonexistent/x'         |

  @client @SHOULD @cs-4.1.5
  Scenario: cs/4.1.5/2 a log event in the data form
    The spec also allows "650+" Severity, the message as data, and "650 OK" (control-spec
    §4.1.5); tor 0.4.9 never sends it, so this is good practice only.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "NOTICE"
    And tor emits:
      """
      650+NOTICE
      first line of the message
      second line
      .
      650 OK
      """
    Then the controller receives a NOTICE event with the lines:
      """
      first line of the message
      second line
      """

  @client @MUST @cs-4.1.6 @howto-2.5.1
  Scenario: cs/4.1.6/1 NEWDESC: the servers with new descriptors
    "650 NEWDESC" 1*(SP LongName) (control-spec §4.1.6).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "NEWDESC"
    And tor emits:
      """
      650 NEWDESC $B3FA3110CC6F42443F039220C134CBD2FC4F0493~Sakura $A1130635A0CDA6F60C276FBF6994EFBD4ECADAB1~tama
      """
    Then the controller receives a NEWDESC event reading "$B3FA3110CC6F42443F039220C134CBD2FC4F0493~Sakura $A1130635A0CDA6F60C276FBF6994EFBD4ECADAB1~tama"

  @client @MUST @cs-4.1.7 @howto-2.5.1
  Scenario: cs/4.1.7/1 ADDRMAP: a mapping that never expires
    "650 ADDRMAP" Address NewAddress Expiry with Expiry NEVER (control-spec §4.1.7).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "ADDRMAP"
    And tor emits:
      """
      650 ADDRMAP 1.2.3.4 torproject.org NEVER CACHED="YES"
      """
    Then the controller receives a ADDRMAP event reading "1.2.3.4 torproject.org NEVER CACHED=\"YES\""

  @client @MUST @cs-4.1.7
  Scenario: cs/4.1.7/2 ADDRMAP: an expiry time is one quoted field with a space
    Expiry is DQUOTE ISOTime DQUOTE, a date and a time with a space between (control-spec §4.1.7,
    §2.4); a failed resolve maps to "<error>".
    Given a mock tor
    When the controller connects
    And the controller subscribes to "ADDRMAP"
    And tor emits:
      """
      650 ADDRMAP www.example.com <error> "2026-11-25 23:42:09" error=yes EXPIRES="2026-11-25 23:42:09" CACHED="NO" STREAMID=9
      """
    Then the controller receives a ADDRMAP event reading "www.example.com <error> \"2026-11-25 23:42:09\" error=yes EXPIRES=\"2026-11-25 23:42:09\" CACHED=\"NO\" STREAMID=9"

  @client @SHOULD @cs-4.1.7
  Scenario: cs/4.1.7/3 ADDRMAP: tor's bare "internal" error token is tolerated
    For a RESOLVE it cannot launch, tor writes a bare "internal" where "error=internal" belongs
    (a tor bug); a robust client still delivers the event.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "ADDRMAP"
    And tor emits:
      """
      650 ADDRMAP a.example a.example "2026-11-25 10:00:00" internal EXPIRES="2026-11-25 10:00:00"
      """
    Then the controller receives a ADDRMAP event reading "a.example a.example \"2026-11-25 10:00:00\" internal EXPIRES=\"2026-11-25 10:00:00\""

  @client @MUST @cs-4.1.9
  Scenario: cs/4.1.9/1 DESCCHANGED: an event with no arguments at all
    "650 DESCCHANGED" has nothing after its keyword (control-spec §4.1.9).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "DESCCHANGED"
    And tor emits:
      """
      650 DESCCHANGED
      """
    Then the controller receives a DESCCHANGED event reading ""

  @client @MUST @cs-4.1.10
  Scenario: cs/4.1.10/1 STATUS_CLIENT: bootstrap progress with a quoted summary
    "650" StatusType StatusSeverity StatusAction StatusArguments; a StatusValue may be a quoted
    string with spaces (control-spec §4.1.10).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "STATUS_CLIENT"
    And tor emits:
      """
      650 STATUS_CLIENT NOTICE BOOTSTRAP PROGRESS=50 TAG=loading_descriptors SUMMARY="Loading relay descriptors"
      """
    Then the controller receives a STATUS_CLIENT event reading "NOTICE BOOTSTRAP PROGRESS=50 TAG=loading_descriptors SUMMARY=\"Loading relay descriptors\""

  @client @MUST @cs-4.1.10
  Scenario: cs/4.1.10/2 STATUS_GENERAL: a clock jump
    Status events share one syntax (control-spec §4.1.10).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "STATUS_GENERAL"
    And tor emits:
      """
      650 STATUS_GENERAL NOTICE CLOCK_JUMPED TIME=120
      """
    Then the controller receives a STATUS_GENERAL event reading "NOTICE CLOCK_JUMPED TIME=120"

  @client @MUST @cs-4.1.10
  Scenario: cs/4.1.10/3 STATUS_SERVER: a name server went down
    Status events share one syntax (control-spec §4.1.10); values may be quoted.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "STATUS_SERVER"
    And tor emits:
      """
      650 STATUS_SERVER NOTICE NAMESERVER_STATUS NS=205.171.3.25 STATUS=DOWN ERR="request timed out."
      """
    Then the controller receives a STATUS_SERVER event reading "NOTICE NAMESERVER_STATUS NS=205.171.3.25 STATUS=DOWN ERR=\"request timed out.\""

  @client @MUST @cs-4.1.11
  Scenario: cs/4.1.11/1 GUARD: a new entry guard
    "650 GUARD" Type Name Status (control-spec §4.1.11).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "GUARD"
    And tor emits:
      """
      650 GUARD ENTRY $36B5DBA788246E8369DBAF58577C6BC044A9A374~kitten NEW
      """
    Then the controller receives a GUARD event reading "ENTRY $36B5DBA788246E8369DBAF58577C6BC044A9A374~kitten NEW"

  @client @MUST @cs-4.1.12 @cs-2.4
  Scenario: cs/4.1.12/1 NS: router status entries as a data block
    "650+NS" CRLF entries "." CRLF "650 OK" (control-spec §4.1.12): the event is the data.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "NS"
    And tor emits:
      """
      650+NS
      r whnetz dbBxYcJriTTrcxsuy4PUZcMRwCA VStM7KAIH/mXXoGDUpoGB1OXufg 2012-12-02 21:03:56 141.70.120.13 9001 9030
      s Fast HSDir Named Stable V2Dir Valid
      .
      650 OK
      """
    Then the controller receives a NS event with the lines:
      """
      r whnetz dbBxYcJriTTrcxsuy4PUZcMRwCA VStM7KAIH/mXXoGDUpoGB1OXufg 2012-12-02 21:03:56 141.70.120.13 9001 9030
      s Fast HSDir Named Stable V2Dir Valid
      """

  @client @MUST @cs-4.1.13
  Scenario: cs/4.1.13/1 STREAM_BW: bytes of one stream
    "650 STREAM_BW" StreamID BytesWritten BytesRead Time (control-spec §4.1.13).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "STREAM_BW"
    And tor emits:
      """
      650 STREAM_BW 18 412 1024 2012-12-06T13:51:11.433755
      """
    Then the controller receives a STREAM_BW event reading "18 412 1024 2012-12-06T13:51:11.433755"

  @client @MUST @cs-4.1.14
  Scenario: cs/4.1.14/1 CLIENTS_SEEN: a bridge's client summary
    "650 CLIENTS_SEEN" TimeStarted CountrySummary IPVersions (control-spec §4.1.14); the values
    hold "=" and "," themselves.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CLIENTS_SEEN"
    And tor emits:
      """
      650 CLIENTS_SEEN TimeStarted="2008-12-25 23:50:43" CountrySummary=us=16,de=8,uk=8 IPVersions=v4=16,v6=40
      """
    Then the controller receives a CLIENTS_SEEN event reading "TimeStarted=\"2008-12-25 23:50:43\" CountrySummary=us=16,de=8,uk=8 IPVersions=v4=16,v6=40"

  @client @MUST @cs-4.1.15 @cs-2.4
  Scenario: cs/4.1.15/1 NEWCONSENSUS: a consensus as a data block
    "650+NEWCONSENSUS" CRLF entries "." CRLF "650 OK" (control-spec §4.1.15).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "NEWCONSENSUS"
    And tor emits:
      """
      650+NEWCONSENSUS
      r alpha qqqqqqqqqqqqqqqqqqqqqqqqqqo AAAAAAAAAAAAAAAAAAAAAAAAAAA 2026-11-25 20:00:00 10.0.0.1 9001 0
      s Fast Guard Running Stable Valid
      r beta u7u7u7u7u7u7u7u7u7u7u7u7u7s BBBBBBBBBBBBBBBBBBBBBBBBBBB 2026-11-25 20:00:00 10.0.0.2 9001 0
      s Exit Fast Running Valid
      .
      650 OK
      """
    Then the controller receives a NEWCONSENSUS event with the lines:
      """
      r alpha qqqqqqqqqqqqqqqqqqqqqqqqqqo AAAAAAAAAAAAAAAAAAAAAAAAAAA 2026-11-25 20:00:00 10.0.0.1 9001 0
      s Fast Guard Running Stable Valid
      r beta u7u7u7u7u7u7u7u7u7u7u7u7u7s BBBBBBBBBBBBBBBBBBBBBBBBBBB 2026-11-25 20:00:00 10.0.0.2 9001 0
      s Exit Fast Running Valid
      """

  @client @MUST @cs-4.1.16
  Scenario: cs/4.1.16/1 BUILDTIMEOUT_SET: the timeout was reset
    "650 BUILDTIMEOUT_SET" Type and numeric fields (control-spec §4.1.16).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "BUILDTIMEOUT_SET"
    And tor emits:
      """
      650 BUILDTIMEOUT_SET RESET TOTAL_TIMES=0 TIMEOUT_MS=60000 XM=0 ALPHA=0.000000 CUTOFF_QUANTILE=1.000000 TIMEOUT_RATE=0.000000 CLOSE_MS=60000 CLOSE_RATE=0.000000
      """
    Then the controller receives a BUILDTIMEOUT_SET event reading "RESET TOTAL_TIMES=0 TIMEOUT_MS=60000 XM=0 ALPHA=0.000000 CUTOFF_QUANTILE=1.000000 TIMEOUT_RATE=0.000000 CLOSE_MS=60000 CLOSE_RATE=0.000000"

  @client @MUST @cs-4.1.17
  Scenario: cs/4.1.17/1 SIGNAL: tor acted on a signal
    "650 SIGNAL" Signal (control-spec §4.1.17).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "SIGNAL"
    And tor emits:
      """
      650 SIGNAL RELOAD
      """
    Then the controller receives a SIGNAL event reading "RELOAD"

  @client @MUST @cs-4.1.18
  Scenario: cs/4.1.18/1 CONF_CHANGED: changed values, raw, and an unset key
    "650-CONF_CHANGED", one "650-" line per changed option (KEY=VALUE raw, or a bare KEY when
    unset), then "650 OK" (control-spec §4.1.18).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CONF_CHANGED"
    And tor emits:
      """
      650-CONF_CHANGED
      650-ExitPolicy=accept 34.3.4.5
      650-ExitPolicy=reject *:*
      650-ContactInfo
      650 OK
      """
    Then the controller receives a CONF_CHANGED event with the lines:
      """
      ExitPolicy=accept 34.3.4.5
      ExitPolicy=reject *:*
      ContactInfo
      """

  @client @MUST @cs-4.1.20
  Scenario: cs/4.1.20/1 TRANSPORT_LAUNCHED: a pluggable transport listens
    "650 TRANSPORT_LAUNCHED" Type Name Address Port (control-spec §4.1.20).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "TRANSPORT_LAUNCHED"
    And tor emits:
      """
      650 TRANSPORT_LAUNCHED client obfs4 127.0.0.1 1111
      """
    Then the controller receives a TRANSPORT_LAUNCHED event reading "client obfs4 127.0.0.1 1111"

  @client @MUST @cs-4.1.21
  Scenario: cs/4.1.21/1 CONN_BW: bytes of one connection
    "650 CONN_BW" ID TYPE READ WRITTEN, all as keyword arguments (control-spec §4.1.21).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CONN_BW"
    And tor emits:
      """
      650 CONN_BW ID=11 TYPE=DIR READ=272 WRITTEN=817
      """
    Then the controller receives a CONN_BW event reading "ID=11 TYPE=DIR READ=272 WRITTEN=817"

  @client @MUST @cs-4.1.22
  Scenario: cs/4.1.22/1 CIRC_BW: bytes of one circuit
    "650 CIRC_BW" with keyword arguments only (control-spec §4.1.22).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CIRC_BW"
    And tor emits:
      """
      650 CIRC_BW ID=11 READ=272 WRITTEN=817 TIME=2012-12-06T13:51:11.433755 DELIVERED_READ=12 OVERHEAD_READ=34 DELIVERED_WRITTEN=56 OVERHEAD_WRITTEN=78
      """
    Then the controller receives a CIRC_BW event reading "ID=11 READ=272 WRITTEN=817 TIME=2012-12-06T13:51:11.433755 DELIVERED_READ=12 OVERHEAD_READ=34 DELIVERED_WRITTEN=56 OVERHEAD_WRITTEN=78"

  @client @MUST @cs-4.1.23
  Scenario: cs/4.1.23/1 CELL_STATS: cell counts per type
    "650 CELL_STATS" with keyword arguments whose values are comma lists of type:count (control-spec
    §4.1.23).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "CELL_STATS"
    And tor emits:
      """
      650 CELL_STATS ID=14 OutboundQueue=19403 OutboundConn=15 OutboundAdded=create_fast:1,relay_early:2 OutboundRemoved=create_fast:1,relay_early:2 OutboundTime=create_fast:0,relay_early:0
      """
    Then the controller receives a CELL_STATS event reading "ID=14 OutboundQueue=19403 OutboundConn=15 OutboundAdded=create_fast:1,relay_early:2 OutboundRemoved=create_fast:1,relay_early:2 OutboundTime=create_fast:0,relay_early:0"

  @client @MUST @cs-4.1.25
  Scenario: cs/4.1.25/1 HS_DESC: a descriptor fetch failed
    "650 HS_DESC" Action HSAddress AuthType HsDir [DescriptorID] [REASON=] (control-spec §4.1.25).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "HS_DESC"
    And tor emits:
      """
      650 HS_DESC FAILED 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid NO_AUTH $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1 b3oeducbhjmbqmgw2i3jtz4fekkrinwj REASON=NOT_FOUND
      """
    Then the controller receives a HS_DESC event reading "FAILED 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid NO_AUTH $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1 b3oeducbhjmbqmgw2i3jtz4fekkrinwj REASON=NOT_FOUND"

  @client @MUST @cs-4.1.26 @cs-2.4
  Scenario: cs/4.1.26/1 HS_DESC_CONTENT: a fetched descriptor as a data block
    "650+HS_DESC_CONTENT" HSAddress DescId HsDir CRLF descriptor "." CRLF "650 OK" (control-spec
    §4.1.26); lines starting with "." in the descriptor are dot-stuffed.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "HS_DESC_CONTENT"
    And tor emits:
      """
      650+HS_DESC_CONTENT 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid b3oeducbhjmbqmgw2i3jtz4fekkrinwj $D7A0C3262724F2BC9646F6836E967A2777A3AF83~tsunaminitor
      hs-descriptor 3
      descriptor-lifetime 180
      ..a line that starts with a dot
      .
      650 OK
      """
    Then the controller receives a HS_DESC_CONTENT event with the lines:
      """
      hs-descriptor 3
      descriptor-lifetime 180
      .a line that starts with a dot
      """

  @client @MUST @cs-4.1.26 @cs-2.4
  Scenario: cs/4.1.26/2 HS_DESC_CONTENT: an empty descriptor after a failed fetch
    A failed fetch gives an empty descriptor, which tor writes as one empty line before the "."
    (control-spec §4.1.26, §2.4); the next event must still come through.
    Given a mock tor
    When the controller connects
    And the controller subscribes to "HS_DESC_CONTENT SIGNAL"
    And tor emits:
      """
      650+HS_DESC_CONTENT 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid b3oeducbhjmbqmgw2i3jtz4fekkrinwj UNKNOWN

      .
      650 OK
      650 SIGNAL HEARTBEAT
      """
    Then the controller receives a HS_DESC_CONTENT event
    And the controller receives a SIGNAL event reading "HEARTBEAT"

  @client @MUST @cs-4.1.27
  Scenario: cs/4.1.27/1 NETWORK_LIVENESS: the network went down
    "650 NETWORK_LIVENESS" Status, UP or DOWN (control-spec §4.1.27).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "NETWORK_LIVENESS"
    And tor emits:
      """
      650 NETWORK_LIVENESS DOWN
      """
    Then the controller receives a NETWORK_LIVENESS event reading "DOWN"

  # --- daemon ---------------------------------------------------------------------------------

  @daemon @MUST @cs-4.1.17
  Scenario: cs/4.1.17/d1 SIGNAL events carry the signal's canonical name
    Aliases are reported by their main name: USR1 is DUMP (control-spec §3.7, §4.1.17).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS SIGNAL"
    And the client sends "SIGNAL USR1"
    Then the daemon answers "250 OK\r\n650 SIGNAL DUMP\r\n"

  @daemon @MUST @cs-4.1.18
  Scenario: cs/4.1.18/d1 CONF_CHANGED lists each changed option after SETCONF's reply
    One "650-" line per changed option, raw values, then "650 OK" (control-spec §4.1.18).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS CONF_CHANGED"
    And the client sends "SETCONF ContactInfo=\"a b\" MaxCircuitDirtiness=700"
    Then the daemon answers with the lines:
      """
      250 OK
      650-CONF_CHANGED
      650-ContactInfo=a b
      650-MaxCircuitDirtiness=700
      650 OK
      """

  @daemon @MUST @cs-4.1.18
  Scenario: cs/4.1.18/d2 CONF_CHANGED shows an option reset to no value as a bare key
    An option that becomes unset is listed without "=" (control-spec §4.1.18).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF ContactInfo=hello"
    And the client sends "SETEVENTS CONF_CHANGED"
    And the client sends "RESETCONF ContactInfo"
    Then the daemon answers with the lines:
      """
      250 OK
      650-CONF_CHANGED
      650-ContactInfo
      650 OK
      """

  @daemon @MUST @cs-4.1.18
  Scenario: cs/4.1.18/d3 CONF_CHANGED lists a repeated option once per value
    Each value of a LineList option is its own line (control-spec §4.1.18).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS CONF_CHANGED"
    And the client sends "SETCONF ExitPolicy=\"accept 1.2.3.4\" ExitPolicy=\"reject *:*\""
    Then the daemon answers with the lines:
      """
      250 OK
      650-CONF_CHANGED
      650-ExitPolicy=accept 1.2.3.4
      650-ExitPolicy=reject *:*
      650 OK
      """

  @daemon @MUST @cs-4.1.7 @cs-3.8
  Scenario: cs/4.1.7/d1 ADDRMAP follows a MAPADDRESS reply
    A MAPADDRESS creates a mapping, announced by ADDRMAP with Expiry NEVER (control-spec §4.1.7).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS ADDRMAP"
    And the client sends "MAPADDRESS 1.2.3.4=torproject.org"
    Then the daemon answers with the lines:
      """
      250 1.2.3.4=torproject.org
      650 ADDRMAP 1.2.3.4 torproject.org NEVER CACHED="YES"
      """

  @daemon @MUST @cs-4.1.16 @cs-3.34
  Scenario: cs/4.1.16/d1 BUILDTIMEOUT_SET RESET follows DROPTIMEOUTS
    Dropping the timeouts resets the build-time estimate, announced with BUILDTIMEOUT_SET RESET
    (control-spec §3.34, §4.1.16).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS BUILDTIMEOUT_SET"
    And the client sends "DROPTIMEOUTS"
    Then the daemon answers with the lines:
      """
      250 OK
      650 BUILDTIMEOUT_SET RESET TOTAL_TIMES=0 TIMEOUT_MS=60000 XM=0 ALPHA=0.000000 CUTOFF_QUANTILE=1.000000 TIMEOUT_RATE=0.000000 CLOSE_MS=60000 CLOSE_RATE=0.000000
      """

  @daemon @MUST @cs-4.1.5 @cs-3.7
  Scenario: cs/4.1.5/d1 NOTICE log events are single lines
    Log events are "650" Severity ReplyText, one line each (control-spec §4.1.5); RELOAD logs what
    tor does.
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS NOTICE"
    And the client sends "SIGNAL RELOAD"
    Then the daemon answers matching "250 OK\r\n650 NOTICE Received reload signal \(hup\)\. Reloading config and resetting internal state\.\r\n(650 NOTICE [^\r\n]*\r\n)*"
