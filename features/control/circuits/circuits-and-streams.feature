@circuits
Feature: Circuits and streams (control-spec §3.10–§3.17; howto §2.8, §3.1)
  A controller builds and extends circuits (EXTENDCIRCUIT), attaches streams to them
  (ATTACHSTREAM), changes a stream's target (REDIRECTSTREAM) and closes streams and circuits.
  Servers are best named by "$" and their fingerprint (howto §3.1). Ids are opaque strings.

  # --- EXTENDCIRCUIT --------------------------------------------------------------------------

  @client @MUST @cs-3.10 @howto-2.8 @howto-3.1
  Scenario: howto/2.8/1 a new circuit through servers named by fingerprint
    Circuit id 0 asks for a new circuit; the path is a comma-separated list of servers, safest
    named "$" fingerprint (howto §2.8, §3.1; control-spec §3.10).
    Given a mock tor
    And the mock answers "EXTENDCIRCUIT" with:
      """
      250 EXTENDED 7
      """
    When the controller connects
    And the controller extends circuit "0" through "$FFCB46DB1339DA84674C70D7CB586434C4370441,$B3FA3110CC6F42443F039220C134CBD2FC4F0493"
    Then the controller's EXTENDCIRCUIT command matches "EXTENDCIRCUIT 0 \$FFCB46DB1339DA84674C70D7CB586434C4370441,\$B3FA3110CC6F42443F039220C134CBD2FC4F0493( purpose=general)?\r\n"

  @client @MUST @cs-3.10 @howto-2.8
  Scenario: cs/3.10/1 the new circuit's id is read from "250 EXTENDED"
    Tor answers "250 EXTENDED" CircuitID (control-spec §3.10); the id is what the controller
    uses next, e.g. to extend the circuit further (howto §2.8).
    Given a mock tor
    And the mock answers "EXTENDCIRCUIT" with:
      """
      250 EXTENDED 7
      """
    When the controller connects
    And the controller extends circuit "0" through "$FFCB46DB1339DA84674C70D7CB586434C4370441"
    Then the controller reports the circuit "7"

  @client @MUST @cs-3.10 @cs-2.4
  Scenario: cs/3.10/2 circuit ids are opaque strings, not numbers
    CircuitID is 1*16 IDChar, letters or digits; tor uses digits today but this may change
    (control-spec §2.4).
    Given a mock tor
    And the mock answers "EXTENDCIRCUIT" with:
      """
      250 EXTENDED Ab9
      """
    When the controller connects
    And the controller extends circuit "0" through "$FFCB46DB1339DA84674C70D7CB586434C4370441"
    Then the controller reports the circuit "Ab9"

  @client @MUST @cs-3.10 @howto-2.8
  Scenario: howto/2.8/2 an existing circuit is extended by one more server
    A non-zero circuit id extends that circuit (control-spec §3.10; howto §2.8).
    Given a mock tor
    And the mock answers "EXTENDCIRCUIT" with:
      """
      250 EXTENDED 7
      """
    When the controller connects
    And the controller extends circuit "7" through "$A1130635A0CDA6F60C276FBF6994EFBD4ECADAB1"
    Then the controller reports the circuit "7"
    And the controller's EXTENDCIRCUIT command matches "EXTENDCIRCUIT 7 \$A1130635A0CDA6F60C276FBF6994EFBD4ECADAB1( purpose=general)?\r\n"

  @client @MUST @cs-3.10
  Scenario: cs/3.10/3 a purpose is sent as a keyword argument
    "purpose=" general or controller follows the path (control-spec §3.10).
    Given a mock tor
    And the mock answers "EXTENDCIRCUIT" with:
      """
      250 EXTENDED 7
      """
    When the controller connects
    And the controller extends circuit "0" through "$FFCB46DB1339DA84674C70D7CB586434C4370441" with purpose "controller"
    Then the controller's EXTENDCIRCUIT command was exactly "EXTENDCIRCUIT 0 $FFCB46DB1339DA84674C70D7CB586434C4370441 purpose=controller\r\n"

  @client @MUST @cs-3.10 @cs-4
  Scenario: cs/3.10/4 a circuit tor cannot build is reported
    Tor answers 551 when it cannot start a circuit (control-spec §3.10, §4).
    Given a mock tor
    And the mock answers "EXTENDCIRCUIT" with:
      """
      551 Couldn't start circuit
      """
    When the controller connects
    And the controller extends circuit "0" through "$FFCB46DB1339DA84674C70D7CB586434C4370441"
    Then the controller reports an error

  # --- SETCIRCUITPURPOSE ----------------------------------------------------------------------

  @client @MUST @cs-3.11
  Scenario: cs/3.11/1 SETCIRCUITPURPOSE sends the purpose as a keyword argument
    "SETCIRCUITPURPOSE" SP CircuitID SP "purpose=" Purpose (control-spec §3.11).
    Given a mock tor
    And the mock answers "SETCIRCUITPURPOSE" with:
      """
      250 OK
      """
    When the controller connects
    And the controller sets the purpose of circuit "7" to "controller"
    Then the controller's SETCIRCUITPURPOSE command was exactly "SETCIRCUITPURPOSE 7 purpose=controller\r\n"

  # --- ATTACHSTREAM ---------------------------------------------------------------------------

  @client @MUST @cs-3.13 @howto-2.8
  Scenario: howto/2.8/3 a stream is attached to a circuit
    "ATTACHSTREAM" SP StreamID SP CircuitID (control-spec §3.13; howto §2.8).
    Given a mock tor
    And the mock answers "ATTACHSTREAM" with:
      """
      250 OK
      """
    When the controller connects
    And the controller attaches stream "60" to circuit "7"
    Then the controller succeeds
    And the controller's ATTACHSTREAM command was exactly "ATTACHSTREAM 60 7\r\n"

  @client @MUST @cs-3.13
  Scenario: cs/3.13/1 a stream is attached to exit at a given hop
    [SP "HOP=" HopNum] picks the hop the stream exits from (control-spec §3.13).
    Given a mock tor
    And the mock answers "ATTACHSTREAM" with:
      """
      250 OK
      """
    When the controller connects
    And the controller attaches stream "60" to circuit "7" at hop 2
    Then the controller's ATTACHSTREAM command was exactly "ATTACHSTREAM 60 7 HOP=2\r\n"

  @client @MUST @cs-3.13 @cs-4
  Scenario: cs/3.13/2 a stream tor does not manage for the controller is refused
    Tor answers 555 when the stream is not waiting for the controller (control-spec §3.13, §4).
    Given a mock tor
    And the mock answers "ATTACHSTREAM" with:
      """
      555 Connection is not managed by controller.
      """
    When the controller connects
    And the controller attaches stream "60" to circuit "7"
    Then the controller reports an error

  # --- REDIRECTSTREAM -------------------------------------------------------------------------

  @client @MUST @cs-3.15 @howto-2.8
  Scenario: howto/2.8/4 a stream is redirected to another address
    "REDIRECTSTREAM" SP StreamID SP Address (control-spec §3.15; howto §2.8).
    Given a mock tor
    And the mock answers "REDIRECTSTREAM" with:
      """
      250 OK
      """
    When the controller connects
    And the controller redirects stream "60" to "tor.eff.org"
    Then the controller succeeds
    And the controller's REDIRECTSTREAM command was exactly "REDIRECTSTREAM 60 tor.eff.org\r\n"

  @client @MUST @cs-3.15
  Scenario: cs/3.15/1 a stream is redirected to another port
    [SP Port] changes the port too (control-spec §3.15).
    Given a mock tor
    And the mock answers "REDIRECTSTREAM" with:
      """
      250 OK
      """
    When the controller connects
    And the controller redirects stream "60" to "tor.eff.org" port 443
    Then the controller's REDIRECTSTREAM command was exactly "REDIRECTSTREAM 60 tor.eff.org 443\r\n"

  # --- CLOSESTREAM and CLOSECIRCUIT -----------------------------------------------------------

  @client @MUST @cs-3.16 @howto-2.8
  Scenario: howto/2.8/5 a stream is closed with a reason
    "CLOSESTREAM" SP StreamID SP Reason, the reason a number from tor-spec (control-spec §3.16;
    howto §2.8). 6 is DONE.
    Given a mock tor
    And the mock answers "CLOSESTREAM" with:
      """
      250 OK
      """
    When the controller connects
    And the controller closes stream "60" with reason 6
    Then the controller succeeds
    And the controller's CLOSESTREAM command matches "CLOSESTREAM 60 6 ?\r\n"

  @client @MUST @cs-3.16 @cs-4
  Scenario: cs/3.16/1 closing an unknown stream is reported
    Tor answers 552 for a stream it does not know (control-spec §3.16, §4).
    Given a mock tor
    And the mock answers "CLOSESTREAM" with:
      """
      552 Unknown stream "60"
      """
    When the controller connects
    And the controller closes stream "60" with reason 1
    Then the controller reports an error

  @client @MUST @cs-3.17 @howto-2.8
  Scenario: howto/2.8/6 a circuit is closed
    "CLOSECIRCUIT" SP CircuitID (control-spec §3.17; howto §2.8).
    Given a mock tor
    And the mock answers "CLOSECIRCUIT" with:
      """
      250 OK
      """
    When the controller connects
    And the controller closes circuit "7"
    Then the controller succeeds
    And the controller's CLOSECIRCUIT command matches "CLOSECIRCUIT 7 ?\r\n"

  @client @MUST @cs-3.17 @howto-2.8
  Scenario: howto/2.8/7 a circuit is closed only if it has no streams
    The IfUnused flag closes the circuit only when no stream uses it (control-spec §3.17; howto
    §2.8).
    Given a mock tor
    And the mock answers "CLOSECIRCUIT" with:
      """
      250 OK
      """
    When the controller connects
    And the controller closes circuit "7" if it is unused
    Then the controller's CLOSECIRCUIT command matches "(?i)CLOSECIRCUIT 7 IfUnused\r\n"

  @client @MUST @cs-3.17 @cs-4
  Scenario: cs/3.17/1 closing an unknown circuit is reported
    Tor answers 552 for a circuit it does not know (control-spec §3.17, §4).
    Given a mock tor
    And the mock answers "CLOSECIRCUIT" with:
      """
      552 Unknown circuit "7"
      """
    When the controller connects
    And the controller closes circuit "7"
    Then the controller reports an error

  # --- daemon ---------------------------------------------------------------------------------

  @daemon @MUST @cs-3.10
  Scenario: cs/3.10/d1 EXTENDCIRCUIT of an unknown circuit is 552
    Extending a circuit tor does not know gives 552 (control-spec §3.10, §4).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "EXTENDCIRCUIT 99 $FFCB46DB1339DA84674C70D7CB586434C4370441"
    Then the daemon answers "552 Unknown circuit \"99\"\r\n"

  @daemon @MUST @cs-3.10 @howto-3.1
  Scenario: cs/3.10/d2 EXTENDCIRCUIT through a fingerprint tor does not know is 552
    A server named by a fingerprint not in tor's directory is an unknown entity (control-spec
    §3.10; howto §3.1).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "EXTENDCIRCUIT 0 $FFCB46DB1339DA84674C70D7CB586434C4370441"
    Then the daemon answers "552 No such router \"$FFCB46DB1339DA84674C70D7CB586434C4370441\"\r\n"

  @daemon @MUST @cs-3.10
  Scenario: cs/3.10/d3 EXTENDCIRCUIT with an unknown purpose is 552
    purpose= takes general or controller (control-spec §3.10).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "EXTENDCIRCUIT 0 moria1 purpose=bogus"
    Then the daemon answers "552 Unknown purpose \"bogus\"\r\n"

  @daemon @MUST @cs-3.10
  Scenario: cs/3.10/d4 EXTENDCIRCUIT 0 without a network cannot start a circuit
    With DisableNetwork tor cannot build circuits and answers 551 (control-spec §3.10, §4).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "EXTENDCIRCUIT 0"
    Then the daemon answers "551 Couldn't start circuit\r\n"

  @daemon @MUST @cs-3.10
  Scenario: cs/3.10/d5 EXTENDCIRCUIT without a circuit id is a syntax error
    The circuit id is required (control-spec §3.10).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "EXTENDCIRCUIT"
    Then the daemon answers "512 Bad arguments to EXTENDCIRCUIT: Need at least 1 argument(s)\r\n"

  @daemon @MUST @cs-3.11
  Scenario: cs/3.11/d1 SETCIRCUITPURPOSE of an unknown circuit is 552
    Tor answers 552 for a circuit it does not know (control-spec §3.11).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCIRCUITPURPOSE 99 purpose=general"
    Then the daemon answers "552 Unknown circuit \"99\"\r\n"

  @daemon @MUST @mock-only @cs-3.11
  Scenario: cs/3.11/d2 SETCIRCUITPURPOSE without arguments is refused
    The circuit id is required (control-spec §3.11). Tor 0.4.9.11 crashes on this input (a null
    pointer in its parser), so it is never sent to a live tor; the mock must refuse it instead.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCIRCUITPURPOSE"
    Then the daemon answers matching "5(12|52) [^\r\n]*\r\n"

  @daemon @MUST @cs-3.12
  Scenario: cs/3.12/d1 SETROUTERPURPOSE is obsolete
    Tor answers 511 Unimplemented for the removed SETROUTERPURPOSE (control-spec §3.12, §4).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETROUTERPURPOSE $FFCB46DB1339DA84674C70D7CB586434C4370441 general"
    Then the daemon answers "511 SETROUTERPURPOSE is obsolete.\r\n"

  @daemon @MUST @cs-3.13
  Scenario: cs/3.13/d1 ATTACHSTREAM of an unknown stream is 552
    Tor answers 552 for a stream it does not know (control-spec §3.13).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ATTACHSTREAM 1 2"
    Then the daemon answers "552 Unknown stream \"1\"\r\n"

  @daemon @MUST @cs-3.13
  Scenario: cs/3.13/d2 ATTACHSTREAM needs a stream and a circuit
    StreamID and CircuitID are both required (control-spec §3.13).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ATTACHSTREAM 1"
    Then the daemon answers "512 Bad arguments to ATTACHSTREAM: Need at least 2 argument(s)\r\n"

  @daemon @MUST @cs-3.13
  Scenario: cs/3.13/d3 ATTACHSTREAM accepts no keyword but HOP
    Only HOP= is defined (control-spec §3.13).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ATTACHSTREAM 1 2 FOO=1"
    Then the daemon answers "512 Bad arguments to ATTACHSTREAM: Unrecognized keyword argument \"FOO\"\r\n"

  @daemon @MUST @cs-3.15
  Scenario: cs/3.15/d1 REDIRECTSTREAM of an unknown stream is 552
    Tor answers 552 for a stream it does not know (control-spec §3.15).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "REDIRECTSTREAM 1 example.com"
    Then the daemon answers "552 Unknown stream \"1\"\r\n"

  @daemon @MUST @cs-3.15
  Scenario: cs/3.15/d2 REDIRECTSTREAM needs a stream and an address
    StreamID and Address are required (control-spec §3.15).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "REDIRECTSTREAM 1"
    Then the daemon answers "512 Bad arguments to REDIRECTSTREAM: Need at least 2 argument(s)\r\n"

  @daemon @MUST @cs-3.16
  Scenario: cs/3.16/d1 CLOSESTREAM of an unknown stream is 552
    Tor answers 552 for a stream it does not know (control-spec §3.16).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "CLOSESTREAM 1 1"
    Then the daemon answers "552 Unknown stream \"1\"\r\n"

  @daemon @MUST @cs-3.16
  Scenario: cs/3.16/d2 CLOSESTREAM needs a stream and a reason
    StreamID and Reason are required (control-spec §3.16).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "CLOSESTREAM 1"
    Then the daemon answers "512 Bad arguments to CLOSESTREAM: Need at least 2 argument(s)\r\n"

  @daemon @MUST @cs-3.17
  Scenario: cs/3.17/d1 CLOSECIRCUIT of an unknown circuit is 552
    Tor answers 552 for a circuit it does not know, flags or not (control-spec §3.17).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "CLOSECIRCUIT 99 IfUnused"
    Then the daemon answers "552 Unknown circuit \"99\"\r\n"

  @daemon @MUST @cs-3.17
  Scenario: cs/3.17/d2 CLOSECIRCUIT needs a circuit
    CircuitID is required (control-spec §3.17).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "CLOSECIRCUIT"
    Then the daemon answers "512 Bad arguments to CLOSECIRCUIT: Need at least 1 argument(s)\r\n"
