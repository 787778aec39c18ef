@onion
Feature: Onion services (control-spec §3.26–§3.32)
  ADD_ONION creates an onion service for the life of the control connection (or detached) and
  answers its ServiceID and, for a new key, the private key; DEL_ONION removes it. HSFETCH and
  +HSPOST fetch and upload descriptors; ONION_CLIENT_AUTH_* manage client authorization keys.

  # --- ADD_ONION ------------------------------------------------------------------------------

  @client @MUST @cs-3.27
  Scenario: cs/3.27/1 a new service's id and private key are returned
    Tor answers "250-ServiceID=", "250-PrivateKey=" KeyType ":" KeyBlob and "250 OK" (control-spec
    §3.27).
    Given a mock tor
    And the mock answers "ADD_ONION" with:
      """
      250-ServiceID=ah25q2oagortwts73ijbim2xhrwtqrsqimajpukbia3moy6bnmmbq2yd
      250-PrivateKey=ED25519-V3:AEl7XyedvqoMcxRd45kAxKjvefkGO/ZWeJDoBdsUZHSA7ZCo5VoZAX8uCwG9SxundwntdVm1ORkPoMlYOMzC0w==
      250 OK
      """
    And after ADD_ONION, tor emits to subscribers:
      """
      650 HS_DESC UPLOAD ah25q2oagortwts73ijbim2xhrwtqrsqimajpukbia3moy6bnmmbq2yd UNKNOWN $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1 b3oeducbhjmbqmgw2i3jtz4fekkrinwj HSDIR_INDEX=0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF
      650 HS_DESC UPLOADED ah25q2oagortwts73ijbim2xhrwtqrsqimajpukbia3moy6bnmmbq2yd UNKNOWN $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1
      """
    When the controller connects
    And the controller adds an onion service with key "NEW:BEST" and ports "80"
    Then the controller reports the service id "ah25q2oagortwts73ijbim2xhrwtqrsqimajpukbia3moy6bnmmbq2yd"
    And the controller reports the private key "ED25519-V3:AEl7XyedvqoMcxRd45kAxKjvefkGO/ZWeJDoBdsUZHSA7ZCo5VoZAX8uCwG9SxundwntdVm1ORkPoMlYOMzC0w=="

  @client @MUST @cs-3.27
  Scenario: cs/3.27/2 ADD_ONION sends the key and the port
    "ADD_ONION" SP KeyType ":" KeyBlob 1*(SP "Port=" VirtPort [","Target]) (control-spec §3.27).
    Given a mock tor
    And the mock answers "ADD_ONION" with:
      """
      250-ServiceID=ah25q2oagortwts73ijbim2xhrwtqrsqimajpukbia3moy6bnmmbq2yd
      250-PrivateKey=ED25519-V3:AEl7XyedvqoMcxRd45kAxKjvefkGO/ZWeJDoBdsUZHSA7ZCo5VoZAX8uCwG9SxundwntdVm1ORkPoMlYOMzC0w==
      250 OK
      """
    And after ADD_ONION, tor emits to subscribers:
      """
      650 HS_DESC UPLOAD ah25q2oagortwts73ijbim2xhrwtqrsqimajpukbia3moy6bnmmbq2yd UNKNOWN $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1 b3oeducbhjmbqmgw2i3jtz4fekkrinwj HSDIR_INDEX=0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF
      650 HS_DESC UPLOADED ah25q2oagortwts73ijbim2xhrwtqrsqimajpukbia3moy6bnmmbq2yd UNKNOWN $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1
      """
    When the controller connects
    And the controller adds an onion service with key "NEW:BEST" and ports "80,127.0.0.1:8080"
    Then the controller's ADD_ONION command was exactly "ADD_ONION NEW:BEST Port=80,127.0.0.1:8080\r\n"

  @client @MUST @cs-3.27
  Scenario: cs/3.27/3 flags are one comma list
    [SP "Flags=" Flag *("," Flag)] (control-spec §3.27); DiscardPK leaves the key out of the
    reply.
    Given a mock tor
    And the mock answers "ADD_ONION" with:
      """
      250-ServiceID=s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd
      250 OK
      """
    And after ADD_ONION, tor emits to subscribers:
      """
      650 HS_DESC UPLOAD s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd UNKNOWN $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1 b3oeducbhjmbqmgw2i3jtz4fekkrinwj HSDIR_INDEX=0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF
      650 HS_DESC UPLOADED s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd UNKNOWN $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1
      """
    When the controller connects
    And the controller adds an onion service with key "NEW:BEST", ports "80" and flags "DiscardPK Detach"
    Then the controller reports the service id "s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd"
    And the controller reports no private key
    And the controller's ADD_ONION command matches "ADD_ONION NEW:BEST Flags=(DiscardPK,Detach|Detach,DiscardPK) Port=80\r\n"

  @client @MUST @cs-3.27 @cs-1.1
  Scenario: cs/3.27/4 extra reply lines after the service id are tolerated
    The reply may hold lines a controller does not know, in any order (control-spec §1.1): here a
    ClientAuthV3 line between ServiceID and OK.
    Given a mock tor
    And the mock answers "ADD_ONION" with:
      """
      250-ServiceID=s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd
      250-ClientAuthV3=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
      250 OK
      """
    And after ADD_ONION, tor emits to subscribers:
      """
      650 HS_DESC UPLOAD s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd UNKNOWN $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1 b3oeducbhjmbqmgw2i3jtz4fekkrinwj HSDIR_INDEX=0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF
      650 HS_DESC UPLOADED s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd UNKNOWN $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1
      """
    When the controller connects
    And the controller adds an onion service with key "NEW:BEST", ports "80" and flags "DiscardPK"
    Then the controller reports the service id "s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd"

  @client @MUST @cs-3.27 @cs-4
  Scenario: cs/3.27/5 a refused ADD_ONION is reported
    Tor answers 512 for arguments it cannot use (control-spec §3.27).
    Given a mock tor
    And the mock answers "ADD_ONION" with:
      """
      512 Invalid VIRTPORT/TARGET
      """
    When the controller connects
    And the controller adds an onion service with key "NEW:BEST" and ports "80"
    Then the controller reports an error

  @client @MUST @cs-3.27 @cs-2.3
  Scenario: cs/3.27/6 the ServiceID lines of ADD_ONION are not taken for another reply
    Controllers have read "250-ServiceID=" as the reply to an earlier SETEVENTS (bisq2 #3302):
    each reply belongs to its own command, in order (control-spec §1, §2.3).
    Given a mock tor
    When the controller connects
    And the controller subscribes to "HS_DESC"
    And the mock answers "ADD_ONION" with:
      """
      250-ServiceID=s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd
      250 OK
      650 HS_DESC CREATED s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd UNKNOWN UNKNOWN b3oeducbhjmbqmgw2i3jtz4fekkrinwj
      """
    And after ADD_ONION, tor emits to subscribers:
      """
      650 HS_DESC UPLOAD s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd UNKNOWN $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1 b3oeducbhjmbqmgw2i3jtz4fekkrinwj HSDIR_INDEX=0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF
      650 HS_DESC UPLOADED s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd UNKNOWN $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1
      """
    And the controller adds an onion service with key "NEW:BEST", ports "80" and flags "DiscardPK"
    Then the controller reports the service id "s2n3knimk5efa4m7jxfxwfm3fribhwkdlborc5pphmgppurcpjmg4jyd"

  # --- DEL_ONION ------------------------------------------------------------------------------

  @client @MUST @cs-3.28
  Scenario: cs/3.28/1 DEL_ONION names the service
    "DEL_ONION" SP ServiceID (control-spec §3.28).
    Given a mock tor
    And the mock answers "DEL_ONION" with:
      """
      250 OK
      """
    When the controller connects
    And the controller removes the onion service "ah25q2oagortwts73ijbim2xhrwtqrsqimajpukbia3moy6bnmmbq2yd"
    Then the controller succeeds
    And the controller's DEL_ONION command was exactly "DEL_ONION ah25q2oagortwts73ijbim2xhrwtqrsqimajpukbia3moy6bnmmbq2yd\r\n"

  @client @MUST @cs-3.28 @cs-4
  Scenario: cs/3.28/2 removing an unknown service is reported
    Tor answers 552 for a service that is not this connection's nor detached (control-spec
    §3.28).
    Given a mock tor
    And the mock answers "DEL_ONION" with:
      """
      552 Unknown Onion Service id
      """
    When the controller connects
    And the controller removes the onion service "ah25q2oagortwts73ijbim2xhrwtqrsqimajpukbia3moy6bnmmbq2yd"
    Then the controller reports an error

  # --- HSFETCH and +HSPOST --------------------------------------------------------------------

  @client @MUST @cs-3.26
  Scenario: cs/3.26/1 HSFETCH names the address and the servers
    "HSFETCH" SP HSAddress *[SP "SERVER=" Server] (control-spec §3.26).
    Given a mock tor
    And the mock answers "HSFETCH" with:
      """
      250 OK
      """
    When the controller connects
    And the controller fetches the onion descriptor of "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid" from "9695DFC35FFEB861329B9F1AB04C46397020CE31"
    Then the controller succeeds
    And the controller's HSFETCH command was exactly "HSFETCH 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid SERVER=9695DFC35FFEB861329B9F1AB04C46397020CE31\r\n"

  @client @MUST @cs-3.26 @cs-4
  Scenario: cs/3.26/2 a refused HSFETCH is reported
    Unrecognized values give 513 (control-spec §3.26).
    Given a mock tor
    And the mock answers "HSFETCH" with:
      """
      513 Invalid argument "facebookcorewwwi"
      """
    When the controller connects
    And the controller fetches the onion descriptor of "facebookcorewwwi"
    Then the controller reports an error

  @client @MUST @cs-3.29 @cs-2.2
  Scenario: cs/3.29/1 +HSPOST sends the descriptor as a dot-stuffed data block
    "+HSPOST" [SP "HSADDRESS=" HSAddress] CRLF Descriptor CRLF "." CRLF (control-spec §3.29,
    §2.4): a descriptor line starting with "." is doubled.
    Given a mock tor
    And the mock answers "+HSPOST" with:
      """
      250 OK
      """
    When the controller connects
    And the controller posts the onion descriptor of "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid":
      """
      hs-descriptor 3
      .starts with a dot
      """
    Then the controller succeeds
    And the controller's +HSPOST command was exactly:
      """
      +HSPOST HSADDRESS=2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid
      hs-descriptor 3
      ..starts with a dot
      .
      """

  @client @MUST @cs-3.29 @cs-4
  Scenario: cs/3.29/2 a descriptor tor cannot parse is reported
    Tor answers "554 Invalid descriptor" (control-spec §3.29).
    Given a mock tor
    And the mock answers "+HSPOST" with:
      """
      554 Invalid descriptor
      """
    When the controller connects
    And the controller posts the onion descriptor of "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid":
      """
      not a descriptor
      """
    Then the controller reports an error

  # --- client authorization -------------------------------------------------------------------

  @client @MUST @cs-3.30
  Scenario: cs/3.30/1 ONION_CLIENT_AUTH_ADD sends the address and the typed key
    "ONION_CLIENT_AUTH_ADD" SP HSAddress SP KeyType ":" PrivateKeyBlob (control-spec §3.30).
    Given a mock tor
    And the mock answers "ONION_CLIENT_AUTH_ADD" with:
      """
      250 OK
      """
    When the controller connects
    And the controller adds client authorization for "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid" with key "0MFD8VuMSVaBLHq8N0tqGJZ/MkuKsHXXRV4yO5vtIWk="
    Then the controller succeeds
    And the controller's ONION_CLIENT_AUTH_ADD command was exactly "ONION_CLIENT_AUTH_ADD 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid x25519:0MFD8VuMSVaBLHq8N0tqGJZ/MkuKsHXXRV4yO5vtIWk=\r\n"

  @client @MUST @cs-3.30 @cs-4
  Scenario: cs/3.30/2 "251 existed and replaced" is a success
    2yz replies are successes (control-spec §4); tor answers 251 when it replaced the client's
    earlier key (§3.30).
    Given a mock tor
    And the mock answers "ONION_CLIENT_AUTH_ADD" with:
      """
      251 Client for onion existed and replaced
      """
    When the controller connects
    And the controller adds client authorization for "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid" with key "0MFD8VuMSVaBLHq8N0tqGJZ/MkuKsHXXRV4yO5vtIWk="
    Then the controller succeeds

  @client @MUST @cs-3.30 @cs-4
  Scenario: cs/3.30/3 "252 registered and decrypted" is a success
    252 says the key was added and a cached descriptor decrypted with it (control-spec §3.30).
    Given a mock tor
    And the mock answers "ONION_CLIENT_AUTH_ADD" with:
      """
      252 Registered client and decrypted desc
      """
    When the controller connects
    And the controller adds client authorization for "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid" with key "0MFD8VuMSVaBLHq8N0tqGJZ/MkuKsHXXRV4yO5vtIWk="
    Then the controller succeeds

  @client @MUST @cs-3.31
  Scenario: cs/3.31/1 ONION_CLIENT_AUTH_REMOVE names the address
    "ONION_CLIENT_AUTH_REMOVE" SP HSAddress (control-spec §3.31).
    Given a mock tor
    And the mock answers "ONION_CLIENT_AUTH_REMOVE" with:
      """
      250 OK
      """
    When the controller connects
    And the controller removes client authorization for "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid"
    Then the controller's ONION_CLIENT_AUTH_REMOVE command was exactly "ONION_CLIENT_AUTH_REMOVE 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid\r\n"

  @client @MUST @cs-3.32
  Scenario: cs/3.32/1 ONION_CLIENT_AUTH_VIEW names the address
    "ONION_CLIENT_AUTH_VIEW" [SP HSAddress] (control-spec §3.32).
    Given a mock tor
    And the mock answers "ONION_CLIENT_AUTH_VIEW" with:
      """
      250-ONION_CLIENT_AUTH_VIEW 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid
      250-CLIENT 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid x25519:0MFD8VuMSVaBLHq8N0tqGJZ/MkuKsHXXRV4yO5vtIWk=
      250 OK
      """
    When the controller connects
    And the controller views client authorization for "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid"
    Then the controller succeeds
    And the controller's ONION_CLIENT_AUTH_VIEW command was exactly "ONION_CLIENT_AUTH_VIEW 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid\r\n"

  # --- daemon ---------------------------------------------------------------------------------

  @daemon @MUST @cs-3.27
  Scenario: cs/3.27/d1 ADD_ONION with a new key answers the id and the key
    "250-ServiceID=" 56 base32 characters, "250-PrivateKey=ED25519-V3:" and the base64 of the
    64-byte key, then "250 OK" (control-spec §3.27).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ADD_ONION NEW:BEST Port=80"
    Then the daemon answers with lines matching:
      """
      250-ServiceID=[a-z2-7]{56}
      250-PrivateKey=ED25519-V3:[A-Za-z0-9+/]{86}==
      250 OK
      """

  @daemon @MUST @cs-3.27
  Scenario: cs/3.27/d2 ADD_ONION with DiscardPK answers only the id
    The private key is left out when DiscardPK is given (control-spec §3.27).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ADD_ONION NEW:BEST Flags=DiscardPK Port=80,127.0.0.1:8080"
    Then the daemon answers with lines matching:
      """
      250-ServiceID=[a-z2-7]{56}
      250 OK
      """

  @daemon @MUST @cs-3.27
  Scenario: cs/3.27/d3 ADD_ONION without a port is refused
    At least one Port is required (control-spec §3.27).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ADD_ONION NEW:BEST"
    Then the daemon answers "512 Missing 'Port' argument\r\n"

  @daemon @MUST @cs-3.27
  Scenario: cs/3.27/d4 an RSA1024 key is refused now v2 services are gone
    The key types tor 0.4.9 knows are NEW and ED25519-V3 (control-spec §3.27 still lists RSA1024).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ADD_ONION NEW:RSA1024 Port=80"
    Then the daemon answers "513 Invalid key type\r\n"

  @daemon @MUST @cs-3.27
  Scenario: cs/3.27/d5 an unknown flag is refused
    Flags are DiscardPK, Detach, V3Auth, NonAnonymous, MaxStreamsCloseCircuit (control-spec §3.27).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ADD_ONION NEW:BEST Port=80 Flags=Bogus"
    Then the daemon answers "512 Invalid 'Flags' argument: \"Bogus\"\r\n"

  @daemon @MUST @cs-3.27
  Scenario: cs/3.27/d6 an unknown keyword argument is refused
    Only the documented keywords are accepted (control-spec §3.27).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ADD_ONION NEW:BEST Port=80 Foo=1"
    Then the daemon answers "512 Bad arguments to ADD_ONION: Unrecognized keyword argument \"Foo\"\r\n"

  @daemon @MUST @cs-3.27
  Scenario: cs/3.27/d7 a port out of range is refused
    VirtPort is a TCP port (control-spec §3.27).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ADD_ONION NEW:BEST Port=99999"
    Then the daemon answers "512 Invalid VIRTPORT/TARGET\r\n"

  @daemon @MUST @cs-3.27
  Scenario: cs/3.27/d8 an ED25519-V3 key that does not decode is refused
    The key blob is the base64 of a 64-byte expanded ed25519 key (control-spec §3.27).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ADD_ONION ED25519-V3:AAAA Port=80"
    Then the daemon answers "512 Failed to decode ED25519-V3 key\r\n"

  @daemon @MUST @mock-only @cs-3.27
  Scenario: cs/3.27/d9 the removed v2 ClientAuth keyword gets an answer
    ClientAuth= (v2 client authorization, control-spec §3.27) is gone. Tor 0.4.9.11 still accepts
    the keyword and then never answers (a tor bug), so this is checked on the mock only: it must
    answer.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ADD_ONION NEW:BEST Port=80 ClientAuth=alice"
    Then the daemon answers matching "5\d\d [^\r\n]*\r\n"

  @daemon @MUST @cs-3.28
  Scenario: cs/3.28/d1 a service this connection added can be removed
    DEL_ONION removes a service created on the same connection (control-spec §3.28).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ADD_ONION ED25519-V3:AEl7XyedvqoMcxRd45kAxKjvefkGO/ZWeJDoBdsUZHSA7ZCo5VoZAX8uCwG9SxundwntdVm1ORkPoMlYOMzC0w== Flags=DiscardPK Port=80"
    And the client sends "DEL_ONION ah25q2oagortwts73ijbim2xhrwtqrsqimajpukbia3moy6bnmmbq2yd"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.28
  Scenario: cs/3.28/d2 a malformed service id is refused
    ServiceID is a v3 address without ".onion" (control-spec §3.28).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "DEL_ONION xyz"
    Then the daemon answers "512 Malformed Onion Service id\r\n"

  @daemon @MUST @cs-3.28
  Scenario: cs/3.28/d3 a service this connection does not own is 552
    Only services of this connection or detached ones can be removed; others are unknown (control-spec
    §3.28).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "DEL_ONION 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid"
    Then the daemon answers "552 Unknown Onion Service id\r\n"

  @daemon @MUST @cs-3.28
  Scenario: cs/3.28/d4 DEL_ONION without an id is a syntax error
    The ServiceID is required (control-spec §3.28).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "DEL_ONION"
    Then the daemon answers "512 Bad arguments to DEL_ONION: Need at least 1 argument(s)\r\n"

  @daemon @MUST @cs-3.26
  Scenario: cs/3.26/d1 HSFETCH of a v3 address answers OK at once
    Tor answers 250 OK and reports the fetch later in HS_DESC events (control-spec §3.26).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "HSFETCH 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.26
  Scenario: cs/3.26/d2 HSFETCH of a v2 address is refused
    v2 onion services are gone; their addresses are unrecognized values, 513 (control-spec §3.26).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "HSFETCH facebookcorewwwi"
    Then the daemon answers "513 Invalid argument \"facebookcorewwwi\"\r\n"

  @daemon @MUST @cs-3.26
  Scenario: cs/3.26/d3 HSFETCH from a server tor does not know is 552
    SERVER= must name a known relay (control-spec §3.26).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "HSFETCH 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid SERVER=FFCB46DB1339DA84674C70D7CB586434C4370441"
    Then the daemon answers "552 Server \"FFCB46DB1339DA84674C70D7CB586434C4370441\" not found\r\n"

  @daemon @MUST @cs-3.29
  Scenario: cs/3.29/d1 +HSPOST of something that is not a descriptor is 554
    A descriptor tor cannot parse gets "554 Invalid descriptor" (control-spec §3.29).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "+HSPOST HSADDRESS=2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid\r\nnot a descriptor\r\n.\r\n"
    Then the daemon answers "554 Invalid descriptor\r\n"

  @daemon @MUST @cs-3.29
  Scenario: cs/3.29/d2 +HSPOST with a malformed address is refused
    HSADDRESS is a v3 address (control-spec §3.29).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "+HSPOST HSADDRESS=xyz\r\nnot a descriptor\r\n.\r\n"
    Then the daemon answers "512 Malformed onion address\r\n"

  @daemon @MUST @cs-3.29
  Scenario: cs/3.29/d3 +HSPOST with an empty body is refused
    The descriptor is required.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "+HSPOST HSADDRESS=2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid\r\n.\r\n"
    Then the daemon answers "512 Bad arguments to +HSPOST: Empty body\r\n"

  @daemon @MUST @mock-only @cs-3.29
  Scenario: cs/3.29/d4 +HSPOST without HSADDRESS gets an answer
    Without HSADDRESS tor 0.4.9.11 falls into its removed v2 path and never answers (a tor bug), so
    this is checked on the mock only: every command gets a reply (control-spec §1).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "+HSPOST\r\nnot a descriptor\r\n.\r\n"
    Then the daemon answers matching "5\d\d [^\r\n]*\r\n"

  @daemon @MUST @cs-3.30 @cs-3.31 @cs-3.32
  Scenario: cs/3.30/d1 client authorization is added, replaced, viewed and removed
    ADD answers 250, a second ADD 251 (replaced); VIEW lists the client; REMOVE answers 250, a second
    REMOVE 251 (nothing to remove) (control-spec §3.30–§3.32).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends the lines:
      """
      ONION_CLIENT_AUTH_ADD 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid x25519:0MFD8VuMSVaBLHq8N0tqGJZ/MkuKsHXXRV4yO5vtIWk=
      ONION_CLIENT_AUTH_ADD 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid x25519:0MFD8VuMSVaBLHq8N0tqGJZ/MkuKsHXXRV4yO5vtIWk=
      ONION_CLIENT_AUTH_VIEW 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid
      ONION_CLIENT_AUTH_REMOVE 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid
      ONION_CLIENT_AUTH_REMOVE 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid
      """
    Then the daemon answers with the lines:
      """
      250 OK
      251 Client for onion existed and replaced
      250-ONION_CLIENT_AUTH_VIEW 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid
      250-CLIENT 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid x25519:0MFD8VuMSVaBLHq8N0tqGJZ/MkuKsHXXRV4yO5vtIWk=
      250 OK
      250 OK
      251 No credentials for "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid"
      """

  @daemon @MUST @cs-3.30
  Scenario: cs/3.30/d2 an invalid onion address is refused
    HSAddress is a v3 address (control-spec §3.30).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ONION_CLIENT_AUTH_ADD xyz x25519:0MFD8VuMSVaBLHq8N0tqGJZ/MkuKsHXXRV4yO5vtIWk="
    Then the daemon answers "512 Invalid v3 address \"xyz\"\r\n"

  @daemon @MUST @cs-3.30
  Scenario: cs/3.30/d3 ONION_CLIENT_AUTH_ADD without arguments is refused
    The address and the key are required (control-spec §3.30).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ONION_CLIENT_AUTH_ADD"
    Then the daemon answers "512 Incomplete ONION_CLIENT_AUTH_ADD command\r\n"

  @daemon @MUST @cs-3.30
  Scenario: cs/3.30/d4 an unknown key type is 552
    x25519 is the only key type (control-spec §3.30).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ONION_CLIENT_AUTH_ADD 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid rsa:abc"
    Then the daemon answers "552 Unrecognized key type \"rsa\"\r\n"

  @daemon @INFO @cs-3.30
  Scenario: cs/3.30/d5 a ClientName over 16 characters gets two final replies
    Recorded tor 0.4.9.11 behaviour (a bug): tor refuses the name with 512, then adds the client
    anyway and answers 250 too, two replies for one command (control-spec §1 promises one).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "ONION_CLIENT_AUTH_ADD 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid x25519:0MFD8VuMSVaBLHq8N0tqGJZ/MkuKsHXXRV4yO5vtIWk= ClientName=abcdefghijklmnopq"
    Then the daemon answers "512 ClientName longer than 16 chars\r\n250 OK\r\n"

  @daemon @MUST @cs-3.31
  Scenario: cs/3.31/d1 ONION_CLIENT_AUTH_REMOVE without an address is refused
    The address is required (control-spec §3.31).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ONION_CLIENT_AUTH_REMOVE"
    Then the daemon answers "512 Incomplete ONION_CLIENT_AUTH_REMOVE command\r\n"

  @daemon @MUST @cs-3.32
  Scenario: cs/3.32/d1 ONION_CLIENT_AUTH_VIEW of an invalid address is refused
    The optional address must be a v3 address (control-spec §3.32).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "ONION_CLIENT_AUTH_VIEW xyz"
    Then the daemon answers "512 Invalid v3 address \"xyz\"\r\n"
