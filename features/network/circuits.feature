@network
Feature: Building circuits on a private network (control-spec §3.10, §3.11, §3.17, §4.1.1; howto §2.8)
  A controller asks tor for circuits and follows them through CIRC events. On a private network the
  relays it may name are the network's own: two non-exit relays and one exit.

  @cs-3.10 @MUST
  Scenario: cs/3.10/n1 EXTENDCIRCUIT 0 builds a circuit on tor's own path
    Asked for a new circuit without a path, tor chooses one, answers with the circuit's id and reports it LAUNCHED, EXTENDED once per hop, then BUILT.
    Given a network client subscribed to CIRC
    When the client extends a new circuit A on tor's path
    Then circuit A is reported LAUNCHED, then EXTENDED once per hop up to 3 hops, then BUILT
    And the library returned circuit A's id
    And every CIRC event of circuit A carries PURPOSE=GENERAL and TIME_CREATED
    And every CIRC event of circuit A carries BUILD_FLAGS with NEED_CAPACITY

  @cs-3.10 @MUST
  Scenario: cs/3.10/n2 EXTENDCIRCUIT 0 with a path of fingerprints builds through exactly those relays
    A circuit launched on a path of $fingerprints goes through those relays, in that order.
    Given a network client subscribed to CIRC
    When the client extends a new circuit A through two non-exit relays and the exit
    Then circuit A is reported LAUNCHED, then EXTENDED once per hop up to 3 hops, then BUILT
    And the BUILT path of circuit A is the named relays, in order
    And every CIRC event of circuit A carries PURPOSE=GENERAL and TIME_CREATED

  @cs-3.10 @MUST
  Scenario: cs/3.10/n3 EXTENDCIRCUIT 0 with a path and purpose=controller builds a controller circuit
    A circuit launched with purpose=controller carries PURPOSE=CONTROLLER from its first event.
    Given a network client subscribed to CIRC
    When the client extends a new circuit A through two non-exit relays and the exit with purpose controller
    Then circuit A is reported LAUNCHED, then EXTENDED once per hop up to 3 hops, then BUILT
    And every CIRC event of circuit A carries PURPOSE=CONTROLLER and TIME_CREATED

  @cs-3.10 @INFO
  Scenario: cs/3.10/n4 EXTENDCIRCUIT 0 purpose=controller without a path is refused
    Tor 0.4.9.11 cannot choose a path for a controller circuit: it answers 551 Couldn't start circuit and launches nothing.
    Given a network client subscribed to CIRC
    When the client tries to extend a new circuit on tor's path with purpose controller
    Then the library reports the error 551

  @howto-2.8 @MUST
  Scenario: howto/2.8/n1 A circuit launched through two relays is extended through a third
    EXTENDCIRCUIT with a circuit's id adds the given hop to that circuit, which is reported EXTENDED and BUILT again.
    Given a network client subscribed to CIRC
    When the client extends a new circuit A through two non-exit relays
    Then circuit A is reported LAUNCHED, then EXTENDED once per hop up to 2 hops, then BUILT
    When the client extends circuit A through the exit
    Then circuit A is reported EXTENDED to 3 hops, then BUILT again
    And the BUILT path of circuit A is the named relays, in order

  @cs-3.11 @MUST
  Scenario: cs/3.11/n1 SETCIRCUITPURPOSE changes a built circuit's purpose
    Changing a circuit's purpose is reported as CIRC_MINOR PURPOSE_CHANGED with the new and the old purpose.
    Given a network client subscribed to CIRC CIRC_MINOR
    And the client has built circuit A on tor's path
    When the client sets the purpose of circuit A to controller
    Then circuit A is reported PURPOSE_CHANGED with PURPOSE=CONTROLLER and OLD_PURPOSE=GENERAL

  @cs-3.17 @MUST
  Scenario: cs/3.17/n1 CLOSECIRCUIT closes a circuit and the streams on it
    A circuit the controller closes is reported CLOSED with REASON=REQUESTED, and the streams on it end.
    Given a network client subscribed to CIRC STREAM
    And the client has tor leave new streams unattached
    And the client has built circuit A on tor's path
    When the application opens SOCKS stream W to web.test on the destination's port
    And the client attaches stream W to circuit A
    Then the application gets SOCKS reply 00 for stream W
    When the client closes circuit A
    Then circuit A is reported CLOSED with REASON=REQUESTED
    And stream W is reported CLOSED
    And the application's connection for stream W is closed
