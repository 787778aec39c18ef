@socks
Feature: SOCKS5 method negotiation and authentication on tor's SocksPort, byte for byte
  The suite's raw SOCKS client (exact bytes, or messages built by mock-tor's SocksClientCodec) talks to the
  SocksPort of each daemon target and compares what comes back byte for byte, and whether the port closes:
  the mock must answer as tor 0.4.9.11 does, and the live tor shows what that is. The live tor has a
  SocksPort on a network it can never reach (its only directory authority is a closed loopback port), so
  the cases keep to what tor answers without a network.

  Case ids: socks/<spec>/<n>, where <spec> names the section checked: rfc1928.<section> (RFC 1928, SOCKS
  Protocol Version 5), rfc1929.<section> (RFC 1929, Username/Password Authentication), ext<section>
  (tor's socks-extensions.txt) and prop351 (proposal 351, SOCKS auth extensions: <torS0X> usernames).
  Every case is a MUST: the RFCs' requirements and tor's documented wire behaviour.

  Background:
    Given a daemon with a SocksPort
    And the SOCKS client connects to the SocksPort

  @rfc1928-3 @socks-daemon @MUST
  Scenario: socks/rfc1928.3/1 A client offering only NO AUTHENTICATION REQUIRED gets method 00
    When the SOCKS client sends "05 01 00"
    Then the SocksPort replies "05 00"
    And the SocksPort keeps the connection open

  @rfc1928-3 @socks-daemon @MUST
  Scenario: socks/rfc1928.3/2 Offered both, tor picks USERNAME/PASSWORD, so that IsolateSOCKSAuth can use the credentials
    When the SOCKS client sends "05 02 00 02"
    Then the SocksPort replies "05 02"
    And the SocksPort keeps the connection open

  @rfc1928-3 @socks-daemon @MUST
  Scenario: socks/rfc1928.3/3 With no acceptable method tor answers FF and closes
    When the SOCKS client sends "05 01 03"
    Then the SocksPort replies "05 ff"
    And the SocksPort closes the connection

  @rfc1928-3 @socks-daemon @MUST
  Scenario: socks/rfc1928.3/4 A greeting offering no method at all is closed without a reply
    When the SOCKS client sends "05 00"
    Then the SocksPort closes the connection without a reply

  @rfc1929-2 @socks-daemon @MUST
  Scenario: socks/rfc1929.2/1 Any username and password are accepted: they only feed stream isolation
    When the SOCKS client sends "05 01 02"
    Then the SocksPort replies "05 02"
    When the SOCKS client authenticates as "user" with password "secret"
    Then the SocksPort replies "01 00"
    And the SocksPort keeps the connection open

  @rfc1929-2 @socks-daemon @MUST
  Scenario: socks/rfc1929.2/2 An empty username and password are accepted
    When the SOCKS client sends "05 01 02"
    Then the SocksPort replies "05 02"
    When the SOCKS client sends "01 00 00"
    Then the SocksPort replies "01 00"
    And the SocksPort keeps the connection open

  @ext1.1 @socks-daemon @MUST
  Scenario: socks/ext1.1/1 For broken clients, a username/password message after NO AUTHENTICATION is accepted
    When the SOCKS client sends "05 01 00"
    Then the SocksPort replies "05 00"
    When the SOCKS client authenticates as "user" with password "secret"
    Then the SocksPort replies "01 00"
    And the SocksPort keeps the connection open

  @prop351 @socks-daemon @MUST
  Scenario: socks/prop351/1 The reserved username "<torS0X>0" (format 0) is accepted
    When the SOCKS client sends "05 01 02"
    Then the SocksPort replies "05 02"
    When the SOCKS client authenticates as "<torS0X>0" with password "token"
    Then the SocksPort replies "01 00"
    And the SocksPort keeps the connection open

  @prop351 @socks-daemon @MUST
  Scenario: socks/prop351/2 Other "<torS0X>" usernames are refused with a SOCKS5 failure reply, not an RFC 1929 status
    When the SOCKS client sends "05 01 02"
    Then the SocksPort replies "05 02"
    When the SOCKS client authenticates as "<torS0X>1" with password ""
    Then the SocksPort replies "05 01 00 01 00 00 00 00 00 00"
    And the SocksPort closes the connection
