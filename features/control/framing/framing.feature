@framing
Feature: Message framing (control-spec §1, §2.1–§2.3; howto §4)
  Commands are lines ended by CRLF; replies are lines of a three-digit status, a separator
  ("-" more lines follow, "+" a data block follows, " " last line) and text. Replies come in the
  order commands were sent; a reply ends only at its " " line, whatever TCP does to the bytes.

  # --- what the client sends ------------------------------------------------------------------

  @client @SHOULD @cs-2.1
  Scenario: cs/2.1/1 every line the controller sends ends with CRLF
    Controllers should always send CRLF (control-spec §2.1); tor tolerates a bare LF, other
    implementations of the protocol may not.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      250-version=0.4.9.11
      250 OK
      """
    When the controller connects
    And the controller asks for info "version"
    Then the controller gets info "version" = "0.4.9.11"
    And every line the controller sent ends with CRLF

  # --- what the client must make of replies ---------------------------------------------------

  @client @MUST @cs-2.3
  Scenario: cs/2.3/1 a reply of several lines ends only at its end line
    MidReplyLines ("250-") are followed by more lines; only the EndReplyLine ("250 ") ends the
    reply (control-spec §2.3).
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      250-version=0.4.9.11
      250-process/pid=4242
      250-uptime=17
      250 OK
      """
    When the controller connects
    And the controller asks for info "version process/pid uptime"
    Then the controller gets info "version" = "0.4.9.11"
    And the controller gets info "process/pid" = "4242"
    And the controller gets info "uptime" = "17"

  @client @MUST @cs-2.3
  Scenario: cs/2.3/2 a data block is followed by more reply lines
    After a DataReplyLine ("250+") and its data, the reply continues until the end line
    (control-spec §2.3); the lines after the block belong to the same reply.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      250+config-text=
      Log notice stdout
      SocksPort 0
      .
      250-version=0.4.9.11
      250 OK
      """
    When the controller connects
    And the controller asks for info "config-text version"
    Then the controller gets info "config-text" with the lines:
      """
      Log notice stdout
      SocksPort 0
      """
    And the controller gets info "version" = "0.4.9.11"

  @client @MUST @cs-1
  Scenario: cs/1/1 a reply that arrives one byte at a time is read whole
    The control connection is a byte stream (control-spec §1): a reply may arrive in any number
    of TCP segments, split anywhere, inside a line or inside CRLF.
    Given a mock tor
    And the mock plays the transcript:
      """
      > re:GETINFO (version uptime|uptime version)
      ! slices 1
      < 250-version=0.4.9.11
      < 250-uptime=17
      < 250 OK
      ! slices 0
      """
    When the controller connects
    And the controller asks for info "version uptime"
    Then the controller gets info "version" = "0.4.9.11"
    And the controller gets info "uptime" = "17"

  @client @MUST @cs-1
  Scenario: cs/1/2 a reply split between CR and LF is read whole
    A segment boundary between the CR and the LF of a line ending must not end the line early
    (control-spec §1, §2.3).
    Given a mock tor
    And the mock plays the transcript:
      """
      > re:GETINFO (version process/pid|process/pid version)
      ! split-at 21
      < 250-version=0.4.9.11
      < 250-process/pid=4242
      < 250 OK
      """
    When the controller connects
    And the controller asks for info "version process/pid"
    Then the controller gets info "version" = "0.4.9.11"
    And the controller gets info "process/pid" = "4242"

  @client @MUST @cs-1
  Scenario: cs/1/3 a reply that arrives slowly, line by line, is waited for
    Tor may write the lines of a reply with delays between them; the reply is complete only at
    its end line (control-spec §1, §2.3).
    Given a mock tor
    And the mock plays the transcript:
      """
      > re:GETINFO (process/pid uptime|uptime process/pid)
      ! delay 100ms
      < 250-process/pid=4242
      < 250-uptime=17
      < 250 OK
      ! delay 0ms
      """
    When the controller connects
    And the controller asks for info "process/pid uptime"
    Then the controller gets info "process/pid" = "4242"
    And the controller gets info "uptime" = "17"

  @client @MUST @cs-2.1
  Scenario: cs/2.1/2 a reply line of 100 000 bytes is read whole
    There are explicitly no limits on line length (control-spec §2.1); tor's answers for
    ns/all or config/names run to megabytes.
    Given a mock tor
    And the mock answers "GETINFO" with a 100000-byte value for "md/all"
    When the controller connects
    And the controller asks for info "md/all"
    Then the controller gets info "md/all" of 100000 bytes

  @client @MUST @cs-2.1
  Scenario: cs/2.1/3 8-bit bytes in a reply line do not break the connection
    All 8-bit characters are permitted (control-spec §2.1); tor echoes a controller's bytes in
    error texts as they came, so a reply need not be ASCII or UTF-8. The next reply still works.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      552 Unrecognized key "caf\xc3\xa9\xff"
      """
    And the mock answers "GETINFO" with:
      """
      250-version=0.4.9.11
      250 OK
      """
    When the controller connects
    And the controller asks for info "nosuch"
    Then the controller reports an error
    When the controller asks for info "version"
    Then the controller gets info "version" = "0.4.9.11"

  @client @MUST @cs-2.1
  Scenario: cs/2.1/4 a lone CR inside a reply line is not a line end
    Lines end with CRLF (control-spec §2.1, §2.3); tor echoes a lone CR from a command inside an
    error line. Splitting on CR alone desynchronises every later reply.
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      552 Unrecognized key "no\rsuch"
      """
    And the mock answers "GETINFO" with:
      """
      250-version=0.4.9.11
      250 OK
      """
    When the controller connects
    And the controller asks for info "nosuch"
    Then the controller reports an error
    When the controller asks for info "version"
    Then the controller gets info "version" = "0.4.9.11"

  @client @MUST @cs-2.4 @howto-4
  Scenario: cs/2.4/1 tor's dot-stuffed data blocks decode to their values
    Every line-initial "." arrives doubled and only a lone "." ends the block; an empty value is
    a blank line before the "." (control-spec §2.4; howto §4). From the canned transcript
    dot-stuffed-data.tx, written as tor's encoder writes.
    Given a mock tor
    And the mock plays the transcript file "dot-stuffed-data.tx"
    When the controller connects
    And the controller asks for info "config-text"
    Then the controller gets info "config-text" with the lines:
      """
      .starts with a dot
      ..two dots
      .
      ends with a dot.
      """
    When the controller asks for info "empty"
    Then the controller gets info "empty" empty

  @client @SHOULD @cs-2.4
  Scenario: cs/2.4/2 a value starting with a newline survives tor's bare LF
    Tor's encoder writes a value that starts with a newline with a bare LF, not CRLF, as its first
    line (a tor bug); a tolerant client still reads the block (dot-stuffed-data.tx).
    Given a mock tor
    And the mock plays the transcript file "dot-stuffed-data.tx"
    When the controller connects
    And the controller asks for info "config-text"
    And the controller asks for info "empty"
    And the controller asks for info "leading-lf"
    Then the controller gets info "leading-lf" = "\nafter a bare LF"

  @client @MUST @cs-2.4
  Scenario: cs/2.4/3 a lone CR inside a data line is data
    A DataLine may hold CRs not followed by LF (control-spec §2.4: LineItem); only CRLF ends a
    line.
    Given a mock tor
    And the mock plays the transcript:
      """
      > GETINFO config-text
      < 250+config-text=
      < a\rb
      < .
      < 250 OK
      """
    When the controller connects
    And the controller asks for info "config-text"
    Then the controller gets info "config-text" = "a\rb"

  # --- what the client must survive ------------------------------------------------------------

  @client @SHOULD @cs-2.3
  Scenario: cs/2.3/3 a data block with no end line does not swallow the next reply
    Tor 0.4.9.11 answers a GETINFO key containing a CR with "552+=" and a data block, and no end
    line (a tor bug). Tolerating it is good practice: the next command must get its own reply.
    Given a mock tor
    And the mock plays the transcript:
      """
      > GETINFO nosuch
      < 552+=
      <data
      Unrecognized key "no\rsuch"
      <end
      > GETINFO process/pid
      < 250-process/pid=4242
      < 250 OK
      """
    When the controller connects
    And the controller asks for info "nosuch"
    And the controller asks for info "process/pid"
    Then the controller gets info "process/pid" = "4242"

  @client @SHOULD @cs-2.3
  Scenario: cs/2.3/4 a line that is not a reply line does not shift later replies
    A line without a status code breaks the grammar (control-spec §2.3). A robust client reports
    or skips it; the command after it must still get its own answer.
    Given a mock tor
    And the mock plays the transcript:
      """
      > GETINFO uptime
      < this is not a reply line
      < 250-uptime=17
      < 250 OK
      > GETINFO process/pid
      < 250-process/pid=4242
      < 250 OK
      """
    When the controller connects
    And the controller asks for info "uptime"
    And the controller asks for info "process/pid"
    Then the controller gets info "process/pid" = "4242"
    And the transcript's commands all arrived

  @client @MUST @cs-1
  Scenario: cs/1/4 a connection lost inside a data block fails the call
    If tor goes away in the middle of a reply (it crashed, it was killed), the outstanding call
    must fail with an error, not wait forever (control-spec §1: replies come only from tor). The
    canned transcript connection-lost-mid-reply.tx cuts a data block short.
    Given a mock tor
    And the mock plays the transcript file "connection-lost-mid-reply.tx"
    When the controller connects
    And the controller asks for info "config-text"
    Then the controller reports an error

  @client @MUST @cs-1
  Scenario: cs/1/5 a connection lost inside a reply line fails the call
    A reply cut in the middle of a line must not be taken as complete, and the call must fail
    rather than hang (control-spec §1, §2.3).
    Given a mock tor
    And the mock plays the transcript:
      """
      > GETINFO uptime
      <~ 250-uptime=1
      ! close
      """
    When the controller connects
    And the controller asks for info "uptime"
    Then the controller reports an error

  @client @MUST @cs-1
  Scenario: cs/1/6 a connection closed before any reply fails the call
    A command whose reply never comes because tor closed the connection must fail, not hang
    (control-spec §1).
    Given a mock tor
    And the mock plays the transcript:
      """
      > GETINFO uptime
      ! close
      """
    When the controller connects
    And the controller asks for info "uptime"
    Then the controller reports an error

  @client @MUST @cs-1
  Scenario: cs/1/7 after the connection is lost, the next call fails too
    Once tor has closed the connection, every later call must fail promptly instead of waiting
    for a reply that cannot come (control-spec §1).
    Given a mock tor
    And the mock plays the transcript:
      """
      > GETINFO uptime
      ! close
      """
    When the controller connects
    And the controller asks for info "uptime"
    And the controller asks for info "process/pid"
    Then the controller reports an error

  # --- daemon: what tor accepts and how it frames its answers ---------------------------------

  @daemon @MUST @cs-2.1
  Scenario: cs/2.1/d1 a command ended by a bare LF is accepted
    Tor may accept LF where CRLF is specified, and does (control-spec §2.1).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "USEFEATURE VERBOSE_NAMES\n"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-1
  Scenario: cs/1/d1 a command split across writes is answered once complete
    The connection is a byte stream (control-spec §1); tor reads a command up to its line end,
    however it was split.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "USEFEA"
    Then the daemon answers nothing
    When the client sends the bytes "TURE VERBOSE_NAMES\r"
    Then the daemon answers nothing
    When the client sends the bytes "\n"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-1
  Scenario: cs/1/d2 commands sent together are answered in order
    Servers respond to messages in the order they are received (control-spec §1), one reply
    per command, also when several arrive in one write.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the lines:
      """
      USEFEATURE VERBOSE_NAMES
      FOO
      USEFEATURE X
      """
    Then the daemon answers with the lines:
      """
      250 OK
      510 Unrecognized command "FOO"
      552 Unrecognized feature "X"
      """

  @daemon @MUST @cs-3
  Scenario: cs/3/d1 command keywords are case-insensitive
    All commands are case-insensitive (control-spec §3).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "usefeature verbose_names"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-2.2
  Scenario: cs/2.2/d1 an unknown command is answered 510 with the keyword as typed
    A keyword tor does not know gets "510 Unrecognized command" quoting the keyword as the
    client typed it (control-spec §2.2, §4).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "fOo bar"
    Then the daemon answers "510 Unrecognized command \"fOo\"\r\n"

  @daemon @MUST @cs-2.2
  Scenario: cs/2.2/d2 a line starting with a space has an empty keyword
    The keyword runs up to the first whitespace (control-spec §2.2), so leading whitespace makes
    an empty, unrecognized keyword.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "  USEFEATURE VERBOSE_NAMES"
    Then the daemon answers "510 Unrecognized command \"\"\r\n"

  @daemon @MUST @cs-2.2
  Scenario: cs/2.2/d3 an unknown multi-line command is read to its end before it is refused
    The "+" marks a multi-line command so that tor can skip the data of commands it does not
    know (control-spec §2.2): the block is consumed, then the next command is answered.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the lines:
      """
      +GETINFO version
      a data line
      .
      USEFEATURE VERBOSE_NAMES
      """
    Then the daemon answers with the lines:
      """
      510 Unrecognized command "+GETINFO"
      250 OK
      """

  @daemon @MUST @cs-2.2
  Scenario: cs/2.2/d4 a multi-line command sent without its "+" is unknown
    The "+" is part of the keyword of multi-line commands (control-spec §2.2, §3.22).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "LOADCONF"
    Then the daemon answers "510 Unrecognized command \"LOADCONF\"\r\n"

  @daemon @MUST @cs-2.2
  Scenario: cs/2.2/d5 runs of spaces between arguments are one separator
    Arguments are separated by spaces (control-spec §2.2); tor collapses runs of them.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "USEFEATURE  VERBOSE_NAMES   EXTENDED_EVENTS"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-2.1
  Scenario: cs/2.1/d2 8-bit bytes of a command are echoed as they came
    All 8-bit characters are permitted (control-spec §2.1); tor quotes an unknown key back
    without re-encoding it.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO \xff\xe9"
    Then the daemon answers "552 Unrecognized key \"\xff\xe9\"\r\n"

  @daemon @MUST @cs-2.1
  Scenario: cs/2.1/d3 a lone CR of a command is echoed inside the reply line
    Only CRLF (or LF) ends a command line (control-spec §2.1); a lone CR is part of the argument
    and comes back inside the error line.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETEVENTS FOO\rBAR"
    Then the daemon answers "552 Unrecognized event \"FOO\rBAR\"\r\n"

  @daemon @INFO @cs-2.3
  Scenario: cs/2.3/d1 a key with a CR is refused with a data block and no end line
    Recorded tor 0.4.9.11 behaviour (a bug): the 552 text holds a CR, so tor writes it as a data
    block ("552+=") and never sends the EndReplyLine control-spec §2.3 requires.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO ver\rsion"
    Then the daemon answers "552+=\r\nUnrecognized key \"ver\rsion\"\r\n.\r\n"

  @daemon @INFO @cs-2.2
  Scenario: cs/2.2/d6 a NUL byte ends the command for tor's parser
    Recorded tor 0.4.9.11 behaviour: the arguments are read as a C string, so a NUL cuts the key
    short (control-spec §2.1 permits all 8-bit characters).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO ver\0sion"
    Then the daemon answers "552 Unrecognized key \"ver\"\r\n"

  @daemon @INFO @cs-2.2
  Scenario: cs/2.2/d7 a TAB inside the arguments is part of an argument
    Recorded tor 0.4.9.11 behaviour: arguments are split on spaces only (control-spec §2.2 uses
    SP), so a TAB joins two keys into one unknown key.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO version\tprocess/pid"
    Then the daemon answers "552 Unrecognized key \"version\tprocess/pid\"\r\n"

  @daemon @INFO @cs-2.1
  Scenario: cs/2.1/d4 a command over 1 MiB is refused and the connection closed
    Recorded tor 0.4.9.11 behaviour: control-spec §2.1 sets no line limit, but tor answers a
    command longer than 1 MiB with "500 Line too long." and closes the connection.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO " padded to 1048600 bytes
    Then the daemon answers "500 Line too long.\r\n"
    And the daemon closes the connection
