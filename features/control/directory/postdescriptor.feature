@directory
Feature: +POSTDESCRIPTOR (control-spec §3.14; howto §2.6)
  A controller hands tor a router descriptor as a data block; tor answers 250 when it took it,
  251 when it did not need it (a success), 554 when it cannot parse it.

  @client @MUST @cs-3.14 @howto-2.6 @cs-2.2
  Scenario: howto/2.6/1 the descriptor is sent as a data block
    "+POSTDESCRIPTOR" CRLF Descriptor CRLF "." CRLF (control-spec §3.14, §2.2; howto §2.6).
    Given a mock tor
    And the mock answers "+POSTDESCRIPTOR" with:
      """
      250 OK
      """
    When the controller connects
    And the controller posts the descriptor:
      """
      router tester 127.0.0.1 9001 0 0
      platform Tor 0.4.9.11 on Linux
      """
    Then the controller succeeds
    And the controller's +POSTDESCRIPTOR command was exactly:
      """
      +POSTDESCRIPTOR
      router tester 127.0.0.1 9001 0 0
      platform Tor 0.4.9.11 on Linux
      .
      """

  @client @MUST @cs-3.14 @cs-2.4
  Scenario: cs/3.14/1 descriptor lines that start with a dot are dot-stuffed
    A data line starting with "." gets another "." (control-spec §2.4), so a lone "." inside the
    descriptor cannot end the block early.
    Given a mock tor
    And the mock answers "+POSTDESCRIPTOR" with:
      """
      250 OK
      """
    When the controller connects
    And the controller posts the descriptor:
      """
      router tester 127.0.0.1 9001 0 0
      .
      .dotted
      """
    Then the controller's +POSTDESCRIPTOR command was exactly:
      """
      +POSTDESCRIPTOR
      router tester 127.0.0.1 9001 0 0
      ..
      ..dotted
      .
      """

  @client @MUST @cs-3.14
  Scenario: cs/3.14/2 a purpose is sent as a keyword argument
    [SP "purpose=" Purpose] on the first line (control-spec §3.14).
    Given a mock tor
    And the mock answers "+POSTDESCRIPTOR" with:
      """
      250 OK
      """
    When the controller connects
    And the controller posts with purpose "bridge" the descriptor:
      """
      router tester 127.0.0.1 9001 0 0
      """
    Then the controller's +POSTDESCRIPTOR command was exactly:
      """
      +POSTDESCRIPTOR purpose=bridge
      router tester 127.0.0.1 9001 0 0
      .
      """

  @client @MUST @cs-3.14 @cs-4
  Scenario: cs/3.14/3 "251" (not needed) is a success, and its reason is kept
    251 means tor declined but no harm was done (control-spec §4); for POSTDESCRIPTOR it says why
    the descriptor was not added (§3.14). Treating it as an error is a known client bug.
    Given a mock tor
    And the mock answers "+POSTDESCRIPTOR" with:
      """
      251 Not replacing router descriptor; no information has changed since the last one with this identity.
      """
    When the controller connects
    And the controller posts the descriptor:
      """
      router tester 127.0.0.1 9001 0 0
      """
    Then the controller returns a text mentioning "Not replacing router descriptor"

  @client @MUST @cs-3.14 @cs-4
  Scenario: cs/3.14/4 a descriptor tor cannot parse is reported
    Tor answers 554 (control-spec §3.14).
    Given a mock tor
    And the mock answers "+POSTDESCRIPTOR" with:
      """
      554 Couldn't parse router descriptor.
      """
    When the controller connects
    And the controller posts the descriptor:
      """
      not a descriptor
      """
    Then the controller reports an error

  @daemon @MUST @cs-3.14
  Scenario: cs/3.14/d1 something that is not a descriptor is 554
    A descriptor tor cannot parse gets 554 (control-spec §3.14).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "+POSTDESCRIPTOR\r\nnot a descriptor\r\n.\r\n"
    Then the daemon answers "554 Couldn't parse router descriptor.\r\n"

  @daemon @MUST @cs-3.14
  Scenario: cs/3.14/d2 an unknown purpose is 552
    purpose= is general, controller or bridge (control-spec §3.14).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "+POSTDESCRIPTOR purpose=bogus\r\nx\r\n.\r\n"
    Then the daemon answers "552 Unknown purpose \"bogus\"\r\n"

  @daemon @MUST @cs-3.14
  Scenario: cs/3.14/d3 an unknown cache request is 552
    cache= is yes or no (control-spec §3.14).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "+POSTDESCRIPTOR cache=maybe\r\nx\r\n.\r\n"
    Then the daemon answers "552 Unknown cache request \"maybe\"\r\n"

  @daemon @MUST @cs-3.14
  Scenario: cs/3.14/d4 an empty descriptor is a syntax error
    The descriptor is required.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "+POSTDESCRIPTOR\r\n.\r\n"
    Then the daemon answers "512 Bad arguments to +POSTDESCRIPTOR: Empty body\r\n"

  @daemon @MUST @cs-3.14
  Scenario: cs/3.14/d5 an unknown keyword argument is a syntax error
    Only purpose= and cache= are defined (control-spec §3.14).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "+POSTDESCRIPTOR foo=1\r\nx\r\n.\r\n"
    Then the daemon answers "512 Bad arguments to +POSTDESCRIPTOR: Unrecognized keyword argument \"foo\"\r\n"
