@session
Feature: USEFEATURE, ownership, DROPGUARDS, DROPTIMEOUTS, and commands whose replies misbehave (control-spec §3.19, §3.23, §3.25, §3.33, §3.34)
  Small commands that answer 250 OK, and two tor bugs a controller meets on the wire: a command
  with two final replies, and a command with none.

  # --- what the client sends ------------------------------------------------------------------

  @client @MUST @cs-3.19
  Scenario: cs/3.19/1 USEFEATURE names the features
    "USEFEATURE" *(SP FeatureName) (control-spec §3.19).
    Given a mock tor
    And the mock answers "USEFEATURE" with:
      """
      250 OK
      """
    When the controller connects
    And the controller enables the features "VERBOSE_NAMES EXTENDED_EVENTS"
    Then the controller succeeds
    And the controller's USEFEATURE command was exactly "USEFEATURE VERBOSE_NAMES EXTENDED_EVENTS\r\n"

  @client @MUST @cs-3.19 @cs-4
  Scenario: cs/3.19/2 an unknown feature is reported
    Tor answers "552 Unrecognized feature" (control-spec §3.19).
    Given a mock tor
    And the mock answers "USEFEATURE" with:
      """
      552 Unrecognized feature "FOO"
      """
    When the controller connects
    And the controller enables the features "FOO"
    Then the controller reports an error

  @client @MUST @cs-3.23
  Scenario: cs/3.23/1 TAKEOWNERSHIP is sent as is
    "TAKEOWNERSHIP" CRLF (control-spec §3.23): tor will exit when this connection closes.
    Given a mock tor
    And the mock answers "TAKEOWNERSHIP" with:
      """
      250 OK
      """
    When the controller connects
    And the controller takes ownership of tor
    Then the controller succeeds
    And the controller's TAKEOWNERSHIP command was exactly "TAKEOWNERSHIP\r\n"

  @client @MUST @cs-3.33
  Scenario: cs/3.33/1 DROPOWNERSHIP is sent as is
    "DROPOWNERSHIP" CRLF (control-spec §3.33).
    Given a mock tor
    And the mock answers "DROPOWNERSHIP" with:
      """
      250 OK
      """
    When the controller connects
    And the controller drops ownership of tor
    Then the controller succeeds
    And the controller's DROPOWNERSHIP command was exactly "DROPOWNERSHIP\r\n"

  @client @MUST @cs-3.25
  Scenario: cs/3.25/1 DROPGUARDS is sent as is
    "DROPGUARDS" CRLF (control-spec §3.25).
    Given a mock tor
    And the mock answers "DROPGUARDS" with:
      """
      250 OK
      """
    When the controller connects
    And the controller drops the guards
    Then the controller succeeds
    And the controller's DROPGUARDS command was exactly "DROPGUARDS\r\n"

  @client @MUST @cs-3.34
  Scenario: cs/3.34/1 DROPTIMEOUTS is sent as is
    "DROPTIMEOUTS" CRLF (control-spec §3.34).
    Given a mock tor
    And the mock answers "DROPTIMEOUTS" with:
      """
      250 OK
      """
    When the controller connects
    And the controller drops the circuit build timeouts
    Then the controller succeeds
    And the controller's DROPTIMEOUTS command was exactly "DROPTIMEOUTS\r\n"

  # --- tor's misbehaving replies ----------------------------------------------------------------

  @client @INFO @cs-1 @cs-3.30
  Scenario: cs/1/8 a command with two final replies (tor bug)
    Recorded, not judged: tor answers ONION_CLIENT_AUTH_ADD with a ClientName over 16 characters
    with "512 …" and then "250 OK", two replies for one command (control-spec §1 promises one). A
    client that matches replies to commands in order gives the stray 250 OK to the next command.
    Given a mock tor
    And the mock answers "ONION_CLIENT_AUTH_ADD" with:
      """
      512 ClientName longer than 16 chars
      250 OK
      """
    And the mock answers "GETINFO" with:
      """
      250-process/pid=4242
      250 OK
      """
    When the controller connects
    And the controller adds client authorization for "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid" with key "0MFD8VuMSVaBLHq8N0tqGJZ/MkuKsHXXRV4yO5vtIWk=" named "abcdefghijklmnopq"
    And the controller asks for info "process/pid"
    Then the controller gets info "process/pid" = "4242"

  @client @INFO @cs-1
  Scenario: cs/1/9 a command tor never answers does not block the client forever
    Recorded, not judged: some commands get no reply from tor 0.4.9.11 (+HSPOST without
    HSADDRESS). Only a client with its own timeout gets its call back; the spec promises a reply
    (control-spec §1).
    Given a mock tor
    And the mock plays the transcript:
      """
      > re:GETINFO (uptime)
      ! pause 60000ms
      """
    When the controller connects
    And the controller asks for info "uptime"
    Then the controller reports an error

  # --- daemon ---------------------------------------------------------------------------------

  @daemon @MUST @cs-3.19
  Scenario: cs/3.19/d1 known features answer OK
    VERBOSE_NAMES and EXTENDED_EVENTS are always on and still accepted (control-spec §3.19).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "USEFEATURE VERBOSE_NAMES EXTENDED_EVENTS"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.19
  Scenario: cs/3.19/d2 an unknown feature is 552
    "552 Unrecognized feature" (control-spec §3.19).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "USEFEATURE FOO"
    Then the daemon answers "552 Unrecognized feature \"FOO\"\r\n"

  @daemon @MUST @cs-3.19
  Scenario: cs/3.19/d3 USEFEATURE without names answers OK
    Zero feature names is allowed (control-spec §3.19).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "USEFEATURE"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.23 @cs-3.33
  Scenario: cs/3.23/d1 ownership is taken and dropped again
    TAKEOWNERSHIP and DROPOWNERSHIP answer 250 OK (control-spec §3.23, §3.33).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends the lines:
      """
      TAKEOWNERSHIP
      DROPOWNERSHIP
      """
    Then the daemon answers "250 OK\r\n250 OK\r\n"

  @daemon @MUST @cs-3.33
  Scenario: cs/3.33/d1 DROPOWNERSHIP without ownership answers OK
    Dropping ownership that was never taken is harmless (control-spec §3.33).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "DROPOWNERSHIP"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.25
  Scenario: cs/3.25/d1 DROPGUARDS answers OK
    Tor replies "250 OK" on success (control-spec §3.25).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "DROPGUARDS"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.25
  Scenario: cs/3.25/d2 DROPGUARDS takes no arguments
    The syntax is the bare keyword (control-spec §3.25).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "DROPGUARDS now"
    Then the daemon answers "512 Bad arguments to DROPGUARDS: Cannot accept more than 0 argument(s)\r\n"

  @daemon @MUST @cs-3.34
  Scenario: cs/3.34/d1 DROPTIMEOUTS answers OK
    Tor replies "250 OK" on success (control-spec §3.34).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "DROPTIMEOUTS"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.34
  Scenario: cs/3.34/d2 DROPTIMEOUTS takes no arguments
    The syntax is the bare keyword (control-spec §3.34).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "DROPTIMEOUTS now"
    Then the daemon answers "512 Bad arguments to DROPTIMEOUTS: Cannot accept more than 0 argument(s)\r\n"
