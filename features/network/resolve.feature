@network
Feature: RESOLVE through the exit and ADDRMAP (control-spec §3.20, §4.1.7)
  RESOLVE asks tor to look a name up through an exit; the answer arrives as an ADDRMAP event.

  @cs-3.20 @MUST
  Scenario: cs/3.20/n1 RESOLVE of a name the exit resolves reports its address in ADDRMAP
    The answer to a RESOLVE is an ADDRMAP event mapping the name to the address the exit found, with its expiry.
    Given a network client subscribed to ADDRMAP STREAM
    When the client asks tor to resolve web.test
    Then tor reports ADDRMAP web.test 127.0.0.1
    And the ADDRMAP for web.test expires, with its UTC time in EXPIRES

  @cs-3.20 @MUST
  Scenario: cs/3.20/n2 RESOLVE of a name the exit cannot resolve reports <error>
    A name the exit cannot resolve is reported as an ADDRMAP to <error>.
    Given a network client subscribed to ADDRMAP STREAM
    When the client asks tor to resolve nowhere.invalid
    Then tor reports ADDRMAP nowhere.invalid <error>
