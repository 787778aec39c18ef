@circuits @mapaddress
Feature: MAPADDRESS and RESOLVE (control-spec §3.8, §3.20; howto §2.7)
  MAPADDRESS makes connections to one address go to another; an original of 0.0.0.0, :: or "."
  lets tor pick an unused virtual address. Tor answers one line per pair, and a pair it refuses
  has its own error line inside an otherwise successful reply. RESOLVE asks tor to resolve names;
  the answers come later as ADDRMAP events.

  # --- MAPADDRESS: what the client sends ------------------------------------------------------

  @client @MUST @cs-3.8 @howto-2.7
  Scenario: howto/2.7/1 an address is mapped to an onion address
    "MAPADDRESS" 1*(SP Address "=" Address) (control-spec §3.8; howto §2.7).
    Given a mock tor
    And the mock answers "MAPADDRESS" with:
      """
      250 127.0.0.100=6sxoyfb3h2nvok2d.onion
      """
    When the controller connects
    And the controller maps "127.0.0.100" to "6sxoyfb3h2nvok2d.onion"
    Then the controller's MAPADDRESS command was exactly "MAPADDRESS 127.0.0.100=6sxoyfb3h2nvok2d.onion\r\n"

  @client @MUST @cs-3.8 @howto-2.7
  Scenario: howto/2.7/2 tor's choice of a virtual address is returned
    Mapping 0.0.0.0 asks tor to choose an unused address; the reply names it, and the library
    must hand it back (control-spec §3.8; howto §2.7: newAddress = mapAddress("0.0.0.0", …)).
    Given a mock tor
    And the mock answers "MAPADDRESS" with:
      """
      250 127.192.10.10=6sxoyfb3h2nvok2d.onion
      """
    When the controller connects
    And the controller maps "0.0.0.0" to "6sxoyfb3h2nvok2d.onion"
    Then the controller reports the mapping "127.192.10.10" to "6sxoyfb3h2nvok2d.onion"

  @client @MUST @cs-3.8
  Scenario: cs/3.8/1 several mappings in one command come back one line each
    One reply line per pair, in order (control-spec §3.8).
    Given a mock tor
    And the mock answers "MAPADDRESS" with:
      """
      250-1.2.3.4=torproject.org
      250 1.2.3.5=example.com
      """
    When the controller connects
    And the controller maps the addresses:
      | 1.2.3.4 | torproject.org |
      | 1.2.3.5 | example.com    |
    Then the controller reports the mapping "1.2.3.4" to "torproject.org"
    And the controller reports the mapping "1.2.3.5" to "example.com"

  @client @MUST @cs-3.8 @howto-2.7
  Scenario: howto/2.7/3 mapping an address to itself removes the mapping
    To remove a mapping, map the address to itself (howto §2.7); tor echoes the pair.
    Given a mock tor
    And the mock answers "MAPADDRESS" with:
      """
      250 127.0.0.100=127.0.0.100
      """
    When the controller connects
    And the controller maps "127.0.0.100" to "127.0.0.100"
    Then the controller succeeds
    And the controller's MAPADDRESS command was exactly "MAPADDRESS 127.0.0.100=127.0.0.100\r\n"

  # --- MAPADDRESS: what the client must make of the replies ------------------------------------

  @client @SHOULD @cs-3.8 @cs-2.3
  Scenario: cs/3.8/2 a reply mixing an error line and a success line keeps the success
    MAPADDRESS may mix codes in one reply: a refused pair gets a 512- line, a good one its 250
    line (control-spec §3.8, §2.3). Tor made the good mapping, so the library should report it
    rather than only an error.
    Given a mock tor
    And the mock answers "MAPADDRESS" with:
      """
      512-syntax error: invalid address '@@@'
      250 1.2.3.5=example.com
      """
    When the controller connects
    And the controller maps the addresses:
      | xxx     | @@@         |
      | 1.2.3.5 | example.com |
    Then the controller reports the mapping "1.2.3.5" to "example.com"
    And the controller reports no mapping for "xxx"

  @client @MUST @cs-3.8 @cs-2.3
  Scenario: cs/3.8/3 a mixed reply does not shift the next reply
    Whatever the library makes of a mixed-code reply, it is one reply: the next command gets the
    next reply (control-spec §2.3).
    Given a mock tor
    And the mock answers "MAPADDRESS" with:
      """
      512-syntax error: invalid address '@@@'
      250 1.2.3.5=example.com
      """
    And the mock answers "GETINFO" with:
      """
      250-process/pid=4242
      250 OK
      """
    When the controller connects
    And the controller maps the addresses:
      | xxx     | @@@         |
      | 1.2.3.5 | example.com |
    And the controller asks for info "process/pid"
    Then the controller gets info "process/pid" = "4242"

  @client @MUST @cs-3.8 @cs-4
  Scenario: cs/3.8/4 a MAPADDRESS with every pair refused is an error
    If the reply's end line is an error, nothing was mapped (control-spec §3.8, §4).
    Given a mock tor
    And the mock answers "MAPADDRESS" with:
      """
      512 syntax error: invalid address '@@@'
      """
    When the controller connects
    And the controller maps "xxx" to "@@@"
    Then the controller reports an error

  # --- RESOLVE -------------------------------------------------------------------------------

  @client @MUST @cs-3.20
  Scenario: cs/3.20/1 RESOLVE names the addresses to resolve
    "RESOLVE" *Option *Address (control-spec §3.20); tor answers 250 OK at once.
    Given a mock tor
    And the mock answers "RESOLVE" with:
      """
      250 OK
      """
    When the controller connects
    And the controller resolves "torproject.org"
    Then the controller succeeds
    And the controller's RESOLVE command was exactly "RESOLVE torproject.org\r\n"

  @client @MUST @cs-3.20
  Scenario: cs/3.20/2 a reverse lookup is asked with mode=reverse
    Option "mode=reverse" asks for a reverse lookup (control-spec §3.20).
    Given a mock tor
    And the mock answers "RESOLVE" with:
      """
      250 OK
      """
    When the controller connects
    And the controller reverse-resolves "1.2.3.4"
    Then the controller's RESOLVE command was exactly "RESOLVE mode=reverse 1.2.3.4\r\n"

  @client @MUST @cs-3.20 @cs-4.1.7
  Scenario: cs/3.20/3 the answer to a RESOLVE arrives as an ADDRMAP event
    Results are sent as ADDRMAP events, after the 250 OK (control-spec §3.20, §4.1.7).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "ADDRMAP"
    And the mock answers "RESOLVE" with:
      """
      250 OK
      650 ADDRMAP torproject.org 95.216.163.36 "2026-11-26 00:42:09" EXPIRES="2026-11-25 23:42:09" CACHED="NO"
      """
    And the controller resolves "torproject.org"
    Then the controller receives a ADDRMAP event reading "torproject.org 95.216.163.36 \"2026-11-26 00:42:09\" EXPIRES=\"2026-11-25 23:42:09\" CACHED=\"NO\""

  # --- daemon ---------------------------------------------------------------------------------

  @daemon @MUST @cs-3.8 @howto-2.7
  Scenario: cs/3.8/d1 a mapping is echoed back
    Tor answers "250" Address "=" Address for each pair (control-spec §3.8).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "MAPADDRESS 1.2.3.4=torproject.org"
    Then the daemon answers "250 1.2.3.4=torproject.org\r\n"

  @daemon @MUST @cs-3.8 @howto-2.7
  Scenario: cs/3.8/d2 mapping 0.0.0.0 gets a virtual IPv4 address
    0.0.0.0 means "pick an unused address" (control-spec §3.8); tor's default virtual network is
    127.192.0.0/10.
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "MAPADDRESS 0.0.0.0=bogus1.google.com"
    Then the daemon answers matching "250 127\.(19[2-9]|2[0-5]\d)\.\d+\.\d+=bogus1\.google\.com\r\n"

  @daemon @MUST @cs-3.8
  Scenario: cs/3.8/d3 mapping "." gets a virtual hostname
    "." asks for a virtual hostname ending in .virtual (control-spec §3.8).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "MAPADDRESS .=abcdefghijklmnop.onion"
    Then the daemon answers matching "250 [a-z2-7]{16}\.virtual=abcdefghijklmnop\.onion\r\n"

  @daemon @MUST @cs-3.8 @cs-2.3
  Scenario: cs/3.8/d4 a refused pair and a good pair give a reply with two codes
    Each pair gets its own line, with its own status (control-spec §3.8, §2.3).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "MAPADDRESS xxx=@@@ 1.2.3.5=example.com"
    Then the daemon answers with the lines:
      """
      512-syntax error: invalid address '@@@'
      250 1.2.3.5=example.com
      """

  @daemon @MUST @cs-3.8
  Scenario: cs/3.8/d5 MAPADDRESS without pairs is a syntax error
    At least one pair is required (control-spec §3.8).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "MAPADDRESS"
    Then the daemon answers "512 syntax error: not enough arguments to mapaddress.\r\n"

  @daemon @MUST @cs-3.8
  Scenario: cs/3.8/d6 a MAPADDRESS argument without "=" is a syntax error
    Every argument is a pair (control-spec §3.8).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "MAPADDRESS foo"
    Then the daemon answers "512 Bad arguments to MAPADDRESS: Cannot parse keyword argument(s)\r\n"

  @daemon @MUST @cs-3.20
  Scenario: cs/3.20/d1 RESOLVE answers OK at once
    The 250 OK comes before any result (control-spec §3.20).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "RESOLVE mode=reverse 1.2.3.4"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.20
  Scenario: cs/3.20/d2 RESOLVE without addresses answers OK
    Nothing to resolve is not an error for tor.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "RESOLVE"
    Then the daemon answers "250 OK\r\n"
