@signals
Feature: SIGNAL (control-spec §3.7; howto §2.4)
  A controller asks tor to act as if it got a Unix signal (RELOAD for HUP, SHUTDOWN, DUMP, DEBUG,
  HALT) or to do one of tor's own actions (NEWNYM, CLEARDNSCACHE, HEARTBEAT, ACTIVE, DORMANT).
  Tor answers 250 OK, then acts.

  # --- what the client sends ------------------------------------------------------------------

  @client @MUST @cs-3.7 @howto-2.4
  Scenario Outline: howto/2.4/<n> the signal <name> is sent by name
    "SIGNAL" SP Signal (control-spec §3.7); howto §2.4 lists RELOAD, SHUTDOWN, DUMP, DEBUG and HALT.
    Given a mock tor
    And the mock answers "SIGNAL" with:
      """
      250 OK
      """
    When the controller connects
    And the controller sends the signal "<name>"
    Then the controller succeeds
    And the controller's SIGNAL command was exactly "SIGNAL <name>\r\n"

    Examples:
      | n | name     |
      | 1 | RELOAD   |
      | 2 | SHUTDOWN |
      | 3 | DUMP     |
      | 4 | DEBUG    |
      | 5 | HALT     |

  @client @MUST @cs-3.7
  Scenario Outline: cs/3.7/<n> the signal <name> is sent by name
    Later signals of control-spec §3.7: new circuits, a cleared DNS cache, a heartbeat log line,
    dormant mode on and off.
    Given a mock tor
    And the mock answers "SIGNAL" with:
      """
      250 OK
      """
    When the controller connects
    And the controller sends the signal "<name>"
    Then the controller succeeds
    And the controller's SIGNAL command was exactly "SIGNAL <name>\r\n"

    Examples:
      | n | name          |
      | 1 | NEWNYM        |
      | 2 | CLEARDNSCACHE |
      | 3 | HEARTBEAT     |
      | 4 | ACTIVE        |
      | 5 | DORMANT       |

  # --- what the client must make of the replies ------------------------------------------------

  @client @MUST @cs-3.7 @cs-4
  Scenario: cs/3.7/6 a refused signal is reported
    Tor answers 552 for a signal it does not know (control-spec §3.7).
    Given a mock tor
    And the mock answers "SIGNAL" with:
      """
      552 Unrecognized signal code "NEWNYM"
      """
    When the controller connects
    And the controller sends the signal "NEWNYM"
    Then the controller reports an error

  @client @MUST @cs-3.7 @cs-4.1.17
  Scenario: cs/3.7/7 the SIGNAL event that follows the reply is delivered
    Tor answers, then acts and announces it with a SIGNAL event (control-spec §3.7, §4.1.17).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "SIGNAL"
    And the mock answers "SIGNAL" with:
      """
      250 OK
      650 SIGNAL HEARTBEAT
      """
    And the controller sends the signal "HEARTBEAT"
    Then the controller succeeds
    And the controller receives a SIGNAL event reading "HEARTBEAT"

  # --- daemon ---------------------------------------------------------------------------------

  @daemon @MUST @cs-3.7
  Scenario: cs/3.7/d1 a known signal answers OK
    Tor answers 250 OK for a signal it knows (control-spec §3.7).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SIGNAL NEWNYM"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.7
  Scenario: cs/3.7/d2 signal names are case-insensitive
    Command keywords and signal names match in any case (control-spec §3).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "signal cleardnscache"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.7
  Scenario: cs/3.7/d3 an unknown signal is 552
    Tor answers "552 Unrecognized signal" (control-spec §3.7).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SIGNAL FOO"
    Then the daemon answers "552 Unrecognized signal code \"FOO\"\r\n"

  @daemon @MUST @cs-3.7
  Scenario: cs/3.7/d4 SIGNAL without a name is a syntax error
    Exactly one signal name is required (control-spec §3.7).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SIGNAL"
    Then the daemon answers "512 Bad arguments to SIGNAL: Need at least 1 argument(s)\r\n"

  @daemon @MUST @cs-3.7
  Scenario: cs/3.7/d5 SIGNAL with two names is a syntax error
    Exactly one signal name is required (control-spec §3.7).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SIGNAL NEWNYM DUMP"
    Then the daemon answers "512 Bad arguments to SIGNAL: Cannot accept more than 1 argument(s)\r\n"

  @daemon @MUST @cs-3.7 @howto-2.4
  Scenario: cs/3.7/d6 SHUTDOWN is answered before tor goes away
    Tor sends the 250 OK before it acts on SHUTDOWN (control-spec §3.7); a client-only tor then
    exits at once and the connection closes.
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SIGNAL SHUTDOWN"
    Then the daemon answers "250 OK\r\n"
    And the daemon closes the connection
