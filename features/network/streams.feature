@network
Feature: Streams the controller attaches, redirects and closes (control-spec §3.13, §3.15, §3.16, §4.1.2)
  With __LeaveStreamsUnattached set, tor leaves each new application stream to the controller, which
  sends it out through a circuit of its choice, points it elsewhere, or closes it. The application
  reaches the destination by hostname (web.test), resolved at the exit.

  @cs-3.13 @MUST
  Scenario: cs/3.13/n1 A stream left to the controller goes out through the circuit it is attached to
    ATTACHSTREAM sends a waiting stream through the chosen circuit; the application's bytes then reach the destination intact.
    Given a network client subscribed to CIRC STREAM
    And the client has tor leave new streams unattached
    And the client has built circuit A on tor's path
    When the application opens SOCKS stream W to web.test on the destination's port
    Then stream W is reported NEW on no circuit
    When the client attaches stream W to circuit A
    Then the application gets SOCKS reply 00 for stream W
    And stream W is reported SENTCONNECT, then SUCCEEDED on circuit A
    When the application sends an HTTP request through stream W
    Then the destination received the request of stream W intact
    And the application received the destination's answer on stream W intact

  @cs-3.15 @MUST
  Scenario: cs/3.15/n1 REDIRECTSTREAM sends a waiting stream to another address
    A stream redirected before it is attached connects to the new address, not the one the application asked for.
    Given a network client subscribed to CIRC STREAM
    And the client has tor leave new streams unattached
    And the client has built circuit A on tor's path
    When the application opens SOCKS stream R to nowhere.invalid on the destination's port
    And the client redirects stream R to web.test
    And the client attaches stream R to circuit A
    Then the application gets SOCKS reply 00 for stream R
    And stream R is reported SENTCONNECT with target web.test
    When the application sends an HTTP request through stream R
    Then the destination received the request of stream R intact

  @cs-3.16 @MUST
  Scenario Outline: cs/3.16/n<n> CLOSESTREAM with reason <reason> fails a waiting stream with SOCKS reply <rep>
    A stream the controller closes is reported FAILED and CLOSED with the reason's name, and the application gets the SOCKS reply tor maps from that reason.
    Given a network client subscribed to STREAM
    And the client has tor leave new streams unattached
    When the application opens SOCKS stream W to web.test on the destination's port
    And the client closes stream W with reason <reason>
    Then stream W is reported FAILED, then CLOSED with REASON=<name>
    And the application gets SOCKS reply <rep> for stream W

    Examples:
      | n | reason | name           | rep |
      | 1 | 7      | TIMEOUT        | 06  |
      | 2 | 3      | CONNECTREFUSED | 05  |
      | 3 | 1      | MISC           | 01  |
