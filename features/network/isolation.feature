@network
Feature: Stream isolation and NEWNYM (control-spec §3.7, §4.1.2)
  Streams that differ in their SOCKS credentials never share a circuit, and after SIGNAL NEWNYM new
  streams never share a circuit with earlier ones.

  @cs-4.1.2 @MUST
  Scenario: cs/4.1.2/n1 Streams with different SOCKS credentials use different circuits
    Two streams whose SOCKS usernames and passwords differ are carried on different circuits.
    Given a network client subscribed to STREAM
    When the application opens SOCKS stream A to web.test as "alice" with password "a"
    And the application opens SOCKS stream B to web.test as "bob" with password "b"
    Then the application gets SOCKS reply 00 for stream A
    And the application gets SOCKS reply 00 for stream B
    And streams A and B succeeded on different circuits

  @cs-3.7 @MUST
  Scenario: cs/3.7/n1 After SIGNAL NEWNYM a stream with the same credentials uses a new circuit
    NEWNYM switches to clean circuits: a stream opened after it shares no circuit with one opened before, whatever their credentials.
    Given a network client subscribed to STREAM SIGNAL
    When the application opens SOCKS stream A to web.test as "carol" with password "c"
    Then the application gets SOCKS reply 00 for stream A
    And stream A is reported SUCCEEDED
    When the client sends the signal NEWNYM
    Then tor announces the signal NEWNYM
    When the application opens SOCKS stream B to web.test as "carol" with password "c"
    Then the application gets SOCKS reply 00 for stream B
    And streams A and B succeeded on different circuits
    And stream B has a higher NYM_EPOCH than stream A
