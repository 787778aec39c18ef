@network
Feature: Bandwidth events while bytes flow (control-spec §4.1.4, §4.1.13, §4.1.22)
  Once a second tor reports the bytes each stream and each circuit carried, and its total traffic.

  @cs-4.1.13 @MUST
  Scenario: cs/4.1.13/n1 STREAM_BW, CIRC_BW and BW count the bytes of a transfer
    The bytes an application moves through a stream on a controller's circuit show in that stream's STREAM_BW, that circuit's CIRC_BW and the BW totals.
    Given a network client subscribed to CIRC STREAM STREAM_BW CIRC_BW BW
    And the client has tor leave new streams unattached
    And the client has built circuit A on tor's path
    When the application opens SOCKS stream W to web.test on the destination's port
    And the client attaches stream W to circuit A
    Then the application gets SOCKS reply 00 for stream W
    When the application uploads 20000 bytes and downloads 50000 bytes through stream W
    Then the destination received the request of stream W intact
    And the application received the destination's answer on stream W intact
    And STREAM_BW events for stream W count at least 20000 bytes from the application and 50000 bytes to it
    And CIRC_BW events for circuit A count at least 20000 bytes delivered written and 50000 bytes delivered read
    And BW events count at least 20000 bytes written and 50000 bytes read
