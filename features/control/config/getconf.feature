@config @getconf
Feature: GETCONF (control-spec §3.3; howto §2.2, §2.2.1)
  A controller reads configuration values by option name. Tor answers one line per value, in
  order; an option set several times (Log) gives several lines, an unset option may come as a
  bare key, and values are raw text that may hold spaces.

  # --- what the client sends ------------------------------------------------------------------

  @client @MUST @cs-3.3 @howto-2.2
  Scenario: cs/3.3/1 GETCONF names the options asked for
    "GETCONF" 1*(SP keyword) CRLF (control-spec §3.3; howto §2.2: GETCONF contact).
    Given a mock tor
    And the mock answers "GETCONF" with:
      """
      250 ContactInfo=tor@example.com
      """
    When the controller connects
    And the controller asks for the configuration of "ContactInfo"
    Then the controller's GETCONF command was exactly "GETCONF ContactInfo\r\n"

  # --- what the client must make of the replies ------------------------------------------------

  @client @MUST @cs-3.3 @howto-2.2
  Scenario: cs/3.3/2 a one-line value is returned
    Tor answers "250 keyword=value" (control-spec §3.3).
    Given a mock tor
    And the mock answers "GETCONF" with:
      """
      250 ContactInfo=tor@example.com
      """
    When the controller connects
    And the controller asks for the configuration of "ContactInfo"
    Then the controller gets the configuration "ContactInfo" = "tor@example.com"

  @client @MUST @cs-3.3 @howto-2.2
  Scenario: cs/3.3/3 several options come back in one reply
    One line per option, in the order asked (control-spec §3.3; howto §2.2: GETCONF contact
    orport socksport).
    Given a mock tor
    And the mock answers "GETCONF" with:
      """
      250-ContactInfo=tor@example.com
      250-ORPort=9001
      250 SocksPort=9050
      """
    When the controller connects
    And the controller asks for the configuration of "ContactInfo ORPort SocksPort"
    Then the controller gets the configuration "ContactInfo" = "tor@example.com"
    And the controller gets the configuration "ORPort" = "9001"
    And the controller gets the configuration "SocksPort" = "9050"

  @client @MUST @cs-3.3 @howto-2.2.1
  Scenario: howto/2.2.1/1 an option set three times gives three values in order
    Options that appear more than once (the three Log lines of howto §2.2.1) are returned as a
    list of key-value pairs, all of them, in order (control-spec §3.3).
    Given a mock tor
    And the mock answers "GETCONF" with:
      """
      250-Log=debug-debug file /tmp/debug_log
      250-Log=notice-err file /tmp/tor_log
      250 Log=err file /tmp/errors
      """
    When the controller connects
    And the controller asks for the configuration of "Log"
    Then the controller gets the configuration "Log" as the values:
      """
      debug-debug file /tmp/debug_log
      notice-err file /tmp/tor_log
      err file /tmp/errors
      """

  @client @MUST @cs-3.3 @howto-2.2.1
  Scenario: howto/2.2.1/2 HiddenServiceOptions gives the hidden-service lines in order
    HiddenServiceOptions is a virtual option: tor answers with every HiddenServiceDir and
    HiddenServicePort line, in order, since a port belongs to the directory before it
    (control-spec §3.3; howto §2.2.1).
    Given a mock tor
    And the mock answers "GETCONF" with:
      """
      250-HiddenServiceDir=/var/lib/tor/service1
      250-HiddenServicePort=80 127.0.0.1:8080
      250-HiddenServiceDir=/var/lib/tor/service2
      250 HiddenServicePort=22 127.0.0.1:22
      """
    When the controller connects
    And the controller asks for the configuration of "HiddenServiceOptions"
    Then the controller gets the configuration "HiddenServiceDir" as the values:
      """
      /var/lib/tor/service1
      /var/lib/tor/service2
      """
    And the controller gets the configuration "HiddenServicePort" as the values:
      """
      80 127.0.0.1:8080
      22 127.0.0.1:22
      """

  @client @MUST @cs-3.3
  Scenario: cs/3.3/4 a value with spaces is taken whole, split at the first "="
    Values are raw and may hold spaces and "=" (control-spec §3.3); only the first "=" separates
    the key.
    Given a mock tor
    And the mock answers "GETCONF" with:
      """
      250 ContactInfo=Tor Admin <tor@example.com> key=0xDEADBEEF
      """
    When the controller connects
    And the controller asks for the configuration of "ContactInfo"
    Then the controller gets the configuration "ContactInfo" = "Tor Admin <tor@example.com> key=0xDEADBEEF"

  @client @MUST @cs-3.3
  Scenario: cs/3.3/5 a key without a value means the option is unset
    An option whose default differs from an empty string may come as "250 keyword" with no "="
    (control-spec §3.3), another as "keyword=" with an empty value.
    Given a mock tor
    And the mock answers "GETCONF" with:
      """
      250-ContactInfo
      250 ExitNodes=
      """
    When the controller connects
    And the controller asks for the configuration of "ContactInfo ExitNodes"
    Then the controller gets the configuration "ContactInfo" without a value
    And the controller gets the configuration "ExitNodes" without a value

  @client @SHOULD @cs-3.3 @cs-2.1.1
  Scenario: cs/3.3/6 a quoted value is unescaped
    Tor quotes a value that would be misread raw (a newline, a leading quote, a "#") and escapes
    it as a C string; controllers may read \n, \t, \r and octal escapes that way (control-spec
    §3.3, §2.1.1).
    Given a mock tor
    And the mock answers "GETCONF" with:
      """
      250 ContactInfo="line one\\nline \\"two\\"\\\\"
      """
    When the controller connects
    And the controller asks for the configuration of "ContactInfo"
    Then the controller gets the configuration "ContactInfo" = "line one\nline \"two\"\\"

  @client @SHOULD @cs-3.3 @cs-2.1.1
  Scenario: cs/3.3/8 octal escapes in a quoted value give back its bytes
    Tor quotes a value with non-ASCII bytes and writes each such byte as a 3-digit octal escape
    (control-spec §2.1.1): "caf\303\251" is the UTF-8 text "café".
    Given a mock tor
    And the mock answers "GETCONF" with:
      """
      250 ContactInfo="caf\\303\\251"
      """
    When the controller connects
    And the controller asks for the configuration of "ContactInfo"
    Then the controller gets the configuration "ContactInfo" = "café"

  @client @MUST @cs-3.3 @cs-4
  Scenario: cs/3.3/7 unknown options are reported as an error
    If any key is unknown tor answers only 552 lines, one per unknown key (control-spec §3.3).
    Given a mock tor
    And the mock answers "GETCONF" with:
      """
      552-Unrecognized configuration key "nosuch1"
      552 Unrecognized configuration key "nosuch2"
      """
    When the controller connects
    And the controller asks for the configuration of "nosuch1 ContactInfo nosuch2"
    Then the controller reports an error

  # --- daemon ---------------------------------------------------------------------------------

  @daemon @MUST @cs-3.3
  Scenario: cs/3.3/d1 unset options come back with and without "="
    An unset string option is a bare key; an empty router list is "key=" (control-spec §3.3).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETCONF ContactInfo ExitNodes"
    Then the daemon answers with the lines:
      """
      250-ContactInfo
      250 ExitNodes=
      """

  @daemon @MUST @cs-3.3
  Scenario: cs/3.3/d2 option names are case-insensitive and echoed in tor's case
    Keywords are case-insensitive (control-spec §3); tor answers with the option's canonical name.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETCONF maxcircuitdirtiness"
    Then the daemon answers "250 MaxCircuitDirtiness=600\r\n"

  @daemon @MUST @cs-3.3
  Scenario: cs/3.3/d3 any unknown option turns the reply into 552 lines only
    Unknown keys give "552 unknown configuration keyword" (control-spec §3.3); tor lists each
    unknown key and drops the answers for the known ones.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETCONF nosuch1 ContactInfo nosuch2"
    Then the daemon answers with the lines:
      """
      552-Unrecognized configuration key "nosuch1"
      552 Unrecognized configuration key "nosuch2"
      """

  @daemon @MUST @cs-3.3
  Scenario: cs/3.3/d4 GETCONF without keys answers OK
    With no keyword tor has nothing to list and answers "250 OK" (control-spec §3.3).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETCONF"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.3 @howto-2.2.1
  Scenario: cs/3.3/d5 HiddenServiceOptions without hidden services is a bare key
    The virtual HiddenServiceOptions lists the hidden-service lines; with none it is a bare key
    (control-spec §3.3).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETCONF HiddenServiceOptions"
    Then the daemon answers "250 HiddenServiceOptions\r\n"

  @daemon @MUST @cs-3.3 @howto-2.2.1
  Scenario: howto/2.2.1/d1 an option set three times is listed three times in order
    Every value of a repeated option is returned in order (control-spec §3.3; howto §2.2.1).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF Log=\"notice stdout\" Log=\"warn stderr\" Log=\"err stderr\""
    And the client sends "GETCONF Log"
    Then the daemon answers with the lines:
      """
      250-Log=notice stdout
      250-Log=warn stderr
      250 Log=err stderr
      """

  @daemon @MUST @cs-3.3
  Scenario: cs/3.3/d6 a value with spaces comes back raw
    Tor uses unquoted values unless quoting is needed (control-spec §3.3), so spaces appear as
    they are.
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF ContactInfo=\"Tor Admin <tor@example.com>\""
    And the client sends "GETCONF ContactInfo"
    Then the daemon answers "250 ContactInfo=Tor Admin <tor@example.com>\r\n"

  @daemon @MUST @cs-3.3 @cs-2.1.1
  Scenario: cs/3.3/d7 a value with a newline comes back quoted and escaped
    A value that would be misinterpreted raw is quoted (control-spec §3.3), escaped as a C string
    (§2.1.1).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF ContactInfo=\"a\\nb\""
    And the client sends "GETCONF ContactInfo"
    Then the daemon answers "250 ContactInfo=\"a\\nb\"\r\n"

  @daemon @MUST @cs-3.3
  Scenario: cs/3.3/d8 a value with a quote inside comes back raw
    Only values that would be misread are quoted; a quote inside a value is not (control-spec
    §3.3).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF ContactInfo=has\"quote"
    And the client sends "GETCONF ContactInfo"
    Then the daemon answers "250 ContactInfo=has\"quote\r\n"
