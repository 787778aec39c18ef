@socks @howto-1
Feature: The howto's SOCKS4a bytes on tor's SocksPort
  Section 1 of "Interfacing with Tor" lists the bytes of a SOCKS4a request (04, 01 connect, PORT, the fake
  address 00 00 00 01, an empty user id 00, HOSTNAME, 00) and of tor's reply (00, STATUS: 5A success,
  anything else failure, then PORT and ADDRESS, "not set"). The raw SOCKS client sends those bytes to each
  daemon target (the mock, and a live tor that can reach no network) and compares the reply byte for byte.

  Case ids: howto/1/d<n>, daemon cases for the howto's section 1.

  Background:
    Given a daemon with a SocksPort
    And the SOCKS client connects to the SocksPort

  @socks-daemon @MUST
  Scenario: howto/1/d1 A SOCKS4a CONNECT tor refuses gets the 8-byte reply with STATUS 5B, port and address zero
    When the SOCKS client sends the howto's SOCKS4a CONNECT to "a.b.exit" port 80
    Then the SocksPort replies "00 5b 00 00 00 00 00 00"
    And the SocksPort closes the connection

  @socks-daemon @MUST
  Scenario: howto/1/d2 The howto's layout with tor's RESOLVE command gets STATUS 5A and the address
    When the SOCKS client sends "04 f0 00 00 00 00 00 01 00 '1.2.3.4' 00"
    Then the SocksPort replies "00 5a 00 00 01 02 03 04"
    And the SocksPort closes the connection
