@cs-3.9
Feature: GETINFO (control-spec §3.9)
  A controller asks tor for information by key; tor answers each key with a one-line value or,
  when the value holds line breaks, with a dot-escaped data block.

  @client @MUST
  Scenario: cs/3.9/1 GETINFO returns a one-line value
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      250-version=0.4.9.11
      250 OK
      """
    When the controller connects
    And the controller asks for info "version"
    Then the controller gets info "version" = "0.4.9.11"
    And the controller sent exactly "GETINFO version\r\n"

  @client @MUST
  Scenario: cs/3.9/2 GETINFO unescapes a dot-stuffed data block
    Given a mock tor
    And the mock answers "GETINFO" with:
      """
      250+config-text=
      ..starts with a dot
      Log notice stdout
      .
      250 OK
      """
    When the controller connects
    And the controller asks for info "config-text"
    Then the controller gets info "config-text" = ".starts with a dot\nLog notice stdout"

  @daemon @MUST
  Scenario: cs/3.9/d1 GETINFO version answers the running version
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO version"
    Then the daemon answers matching "250-version=0\.4\.9\.\d+\r\n250 OK\r\n"

  @daemon @MUST
  Scenario: cs/3.9/d2 GETINFO with an unknown key answers only 552
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "GETINFO version nosuch"
    Then the daemon answers "552 Unrecognized key \"nosuch\"\r\n"
