@socks @howto-1
Feature: Making a program use Tor (howto §1), with real SOCKS clients
  Section 1 of "Interfacing with Tor" asks a program whose traffic goes over Tor for a stream-based
  protocol, connections it opens itself, and SOCKS4a or SOCKS5 with hostnames, so that Tor and not the
  program looks the server's name up (§1.1: a program that resolves names itself broadcasts where it is
  going). Each socks-client target is a real client no one here wrote (curl, Java's java.net SOCKS
  support, torsocks) fetching a URL by hostname through the mock's SocksPort. The mock's SOCKS journal
  records what every request carried (version, command, address type, hostname or address, port, user id)
  and what the mock answered, and flags a request carrying an address the client looked up itself.

  The world behind the SocksPort: web.test is at 198.18.0.1 (benchmark address space, never reached: the
  mock serves the name and the address from a web server on 127.0.0.1). A client that resolves names
  itself is given those answers by the suite (curl --resolve, an InetAddress built from them), so no DNS
  query leaves the machine; torsocks asks tor (SOCKS RESOLVE).

  Case ids: howto/<section>/<n>, the howto's section (1, 1.1) and a number.

  Background:
    Given a web server on 127.0.0.1 that answers "/hello" with "hello through tor"
    And a mock tor with a SocksPort
    And the SocksPort reaches that web server as "web.test" at 198.18.0.1

  @socks-client @MUST
  Scenario: howto/1/1 An HTTP exchange, a stream-based protocol, passes through the SocksPort both ways
    When the client fetches "http://web.test/hello" through the SocksPort
    Then the client receives "hello through tor"
    And the web server was asked for "/hello" with Host "web.test"

  @socks-client @MUST
  Scenario: howto/1/2 The client only opens connections to the server, never asks tor to accept one (no BIND)
    When the client fetches "http://web.test/hello" through the SocksPort
    Then every SOCKS request asks for an outgoing connection: a CONNECT, or tor's RESOLVE

  @socks-client @MUST
  Scenario: howto/1/3 The client speaks SOCKS5, or SOCKS4a with the bytes the howto lists
    When the client fetches "http://web.test/hello" through the SocksPort
    Then every SOCKS request is SOCKS5, or SOCKS4a laid out as the howto lists it: 04 01 PORT 00 00 00 01 00 HOSTNAME 00

  @socks-client @MUST
  Scenario: howto/1/4 The client waits for the SOCKS reply and takes a refusal as a failure, not a response
    Given "refused.test" at 198.18.0.2 refuses connections
    When the client fetches "http://refused.test/hello" through the SocksPort
    Then the mock refused the client's connection to "refused.test"
    And the client reports a failure instead of a response

  @socks-client @SHOULD
  Scenario: howto/1/5 The client's error names the reply code the proxy sent
    Given "refused.test" at 198.18.0.2 refuses connections
    When the client fetches "http://refused.test/hello" through the SocksPort
    Then the client's error names the reply code the mock sent

  @howto-1.1 @socks-client @MUST
  Scenario: howto/1.1/1 No local DNS: the client leaves the lookup of the server's name to tor
    When the client fetches "http://web.test/hello" through the SocksPort
    Then no SOCKS request carries an address the client looked up itself
    And the hostname "web.test" reached the SocksPort
