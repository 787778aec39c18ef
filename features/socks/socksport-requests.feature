@socks
Feature: SOCKS requests tor answers without a network, byte for byte
  What tor 0.4.9.11 answers to requests it refuses, to tor's RESOLVE extension, and to the wrong protocol
  on its SocksPort: the raw SOCKS client sends the bytes to each daemon target (the mock, and a live tor
  that can reach no network) and compares the answer byte for byte. Requests whose answer needs the network
  (a CONNECT that would succeed) are left to the SOCKS client cases against the mock.

  Case ids: socks/<spec>/<n>, where <spec> names the section checked: rfc1928.<section> (RFC 1928) and
  ext<section> (tor's socks-extensions.txt: 1.1 extent of support, 2 name lookup, 4 HTTP-resistance).

  Background:
    Given a daemon with a SocksPort

  @ext1.1 @howto-1 @socks-daemon @MUST
  Scenario: socks/ext1.1/2 BIND is refused with REP 07: tor only opens connections, it never accepts them
    When the SOCKS client connects to the SocksPort
    And the SOCKS client sends "05 01 00"
    Then the SocksPort replies "05 00"
    When the SOCKS client sends "05 02 00 01 01 02 03 04 00 50"
    Then the SocksPort replies "05 07 00 01 00 00 00 00 00 00"
    And the SocksPort closes the connection

  @ext1.1 @howto-1 @socks-daemon @MUST
  Scenario: socks/ext1.1/3 UDP ASSOCIATE is refused with REP 07: tor carries streams only
    When the SOCKS client connects to the SocksPort
    And the SOCKS client sends "05 01 00"
    Then the SocksPort replies "05 00"
    When the SOCKS client sends "05 03 00 01 01 02 03 04 00 50"
    Then the SocksPort replies "05 07 00 01 00 00 00 00 00 00"
    And the SocksPort closes the connection

  @rfc1928-4 @socks-daemon @MUST
  Scenario: socks/rfc1928.4/1 An unknown command byte gets the general failure REP 01 (not 07)
    When the SOCKS client connects to the SocksPort
    And the SOCKS client sends "05 01 00"
    Then the SocksPort replies "05 00"
    When the SOCKS client sends "05 04 00 01 01 02 03 04 00 50"
    Then the SocksPort replies "05 01 00 01 00 00 00 00 00 00"
    And the SocksPort closes the connection

  @rfc1928-4 @socks-daemon @MUST
  Scenario: socks/rfc1928.4/2 A request whose reserved byte is not 00 gets REP 01
    When the SOCKS client connects to the SocksPort
    And the SOCKS client sends "05 01 00"
    Then the SocksPort replies "05 00"
    When the SOCKS client sends "05 01 01 01 01 02 03 04 00 50"
    Then the SocksPort replies "05 01 00 01 00 00 00 00 00 00"
    And the SocksPort closes the connection

  @rfc1928-4 @socks-daemon @MUST
  Scenario: socks/rfc1928.4/3 An unknown address type gets REP 01 (not 08)
    When the SOCKS client connects to the SocksPort
    And the SOCKS client sends "05 01 00"
    Then the SocksPort replies "05 00"
    When the SOCKS client sends "05 01 00 05 01 02 03 04 00 50"
    Then the SocksPort replies "05 01 00 01 00 00 00 00 00 00"
    And the SocksPort closes the connection

  @rfc1928-4 @socks-daemon @MUST
  Scenario: socks/rfc1928.4/4 A hostname tor cannot use ('""""".com') gets REP 01
    When the SOCKS client connects to the SocksPort
    And the SOCKS client sends "05 01 00"
    Then the SocksPort replies "05 00"
    When the SOCKS client sends "05 01 00 03 09 '\"\"\"\"\".com' 00 50"
    Then the SocksPort replies "05 01 00 01 00 00 00 00 00 00"
    And the SocksPort closes the connection

  @ext2 @socks-daemon @MUST
  Scenario: socks/ext2/1 RESOLVE of a name mapped with MAPADDRESS answers the mapped address
    Given the daemon maps "mapped.test" to "5.6.7.8" through its control port
    When the SOCKS client connects to the SocksPort
    And the SOCKS client sends "05 01 00"
    Then the SocksPort replies "05 00"
    When the SOCKS client asks to RESOLVE "mapped.test" over SOCKS5
    Then the SocksPort replies "05 00 00 01 05 06 07 08 00 00"
    And the SocksPort closes the connection

  @ext2 @socks-daemon @MUST
  Scenario: socks/ext2/2 RESOLVE of an IPv4 address is answered by tor itself, with that address
    When the SOCKS client connects to the SocksPort
    And the SOCKS client sends "05 01 00"
    Then the SocksPort replies "05 00"
    When the SOCKS client sends "05 f0 00 01 01 02 03 04 00 00"
    Then the SocksPort replies "05 00 00 01 01 02 03 04 00 00"
    And the SocksPort closes the connection

  @ext2 @socks-daemon @MUST
  Scenario: socks/ext2/3 A failed RESOLVE is REP 04 with address type 00, which RFC 1928 does not define
    When the SOCKS client connects to the SocksPort
    And the SOCKS client sends "05 01 00"
    Then the SocksPort replies "05 00"
    When the SOCKS client asks to RESOLVE "lbtgmztgmztgmztgmztgmztgmztgmztgmztgmztgmztgmztgmztmn5ad.onion" over SOCKS5
    Then the SocksPort replies "05 04 00 00 00 00 00 00 00 00"
    And the SocksPort closes the connection

  @ext2 @socks-daemon @MUST
  Scenario: socks/ext2/4 After a SOCKS5 greeting, a SOCKS4 RESOLVE is still answered, as SOCKS4
    When the SOCKS client connects to the SocksPort
    And the SOCKS client sends "05 01 00"
    Then the SocksPort replies "05 00"
    When the SOCKS client sends "04 f0 00 00 01 02 03 04 00"
    Then the SocksPort replies "00 5a 00 00 01 02 03 04"
    And the SocksPort closes the connection

  @ext4 @socks-daemon @MUST
  Scenario: socks/ext4/1 An HTTP request on the SocksPort gets tor's "not an HTTP proxy" page, then a close
    When the SOCKS client connects to the SocksPort
    And the SOCKS client sends "'GET / HTTP/1.0\r\n\r\n'"
    Then the SocksPort replies 730 bytes starting "'HTTP/1.0 501 Tor is not an HTTP Proxy\r\n'" and ending "'</html>\n' 00"
    And those bytes have the SHA-256 "bc063f0786068c750e73cb2a3374e2b46ec5095ad094ae52d0c029e8f676edfa"
    And the SocksPort closes the connection
