@auth
Feature: Authentication (control-spec §3.5, §3.21, §3.24, §5.1; howto §3.2)
  A controller learns the accepted methods from PROTOCOLINFO, then authenticates once: with
  nothing, the cookie (COOKIE, or the SAFECOOKIE challenge), or a password tor knows the hash of.
  Until then tor accepts only PROTOCOLINFO, AUTHCHALLENGE, AUTHENTICATE and QUIT.

  # --- what the client sends ------------------------------------------------------------------

  @client @MUST @cs-3.5 @howto-2.1
  Scenario: cs/3.5/1 without configured authentication the controller still authenticates
    AUTHENTICATE is required even when tor has no authentication method (control-spec §3.5);
    with no secret it is sent bare or with an empty QuotedString.
    Given a mock tor
    When the controller connects
    Then the controller's AUTHENTICATE command matches "AUTHENTICATE ?( \"\")?\r\n"

  @client @MUST @cs-3.5 @howto-3.2
  Scenario: cs/3.5/2 the controller authenticates with the cookie
    With cookie authentication a controller proves it can read tor's cookie file, with COOKIE
    (the 32 bytes as hex) or SAFECOOKIE (control-spec §3.5, §3.24; howto §3.2).
    Given a mock tor with cookie authentication
    When the controller connects
    Then the controller's AUTHENTICATE command matches "AUTHENTICATE [0-9A-Fa-f]{64}\r\n"

  @client @SHOULD @cs-3.24
  Scenario: cs/3.24/1 the controller prefers SAFECOOKIE to COOKIE
    COOKIE is deprecated: sending the cookie itself lets a fake tor steal it. Controllers should
    use SAFECOOKIE when tor offers it (control-spec §3.21, §3.24).
    Given a mock tor with cookie authentication
    When the controller connects
    Then the controller authenticated with SAFECOOKIE

  @client @MUST @cs-3.24
  Scenario: cs/3.24/2 the SAFECOOKIE client nonce is 32 random bytes in hex
    The client nonce of AUTHCHALLENGE SAFECOOKIE is hex (or a QuotedString); controllers use 32
    bytes (control-spec §3.24).
    Given a mock tor with cookie authentication
    When the controller connects
    Then the controller's SAFECOOKIE nonce matches "AUTHCHALLENGE SAFECOOKIE [0-9A-Fa-f]{64}\r\n"

  @client @SHOULD @cs-3.24
  Scenario: cs/3.24/3 a SERVERHASH that does not prove the cookie stops authentication
    SERVERHASH lets the controller check that tor knows the cookie before it proves that it does
    (control-spec §3.24). A wrong one means another program is listening; answering it, or falling
    back to COOKIE and sending the cookie itself, hands that program the secret.
    Given a mock tor with cookie authentication
    And the mock answers "AUTHCHALLENGE" with:
      """
      250 AUTHCHALLENGE SERVERHASH=0000000000000000000000000000000000000000000000000000000000000000 SERVERNONCE=FFFEFDFCFBFAF9F8F7F6F5F4F3F2F1F0EFEEEDECEBEAE9E8E7E6E5E4E3E2E1E0
      """
    When the controller tries to connect
    Then the controller rejects the forged server hash

  @client @MUST @cs-3.5 @howto-3.2
  Scenario: cs/3.5/3 a password with a space is sent as hex or quoted
    The password goes out as hex or as a QuotedString (control-spec §3.5); unquoted text with
    a space would be two arguments.
    Given a mock tor with the password "pass word"
    When the controller connects
    Then the controller sent the password "pass word" as hex or as a quoted string

  @client @MUST @cs-3.5 @cs-2.1
  Scenario: cs/3.5/4 a password with a quote and a backslash survives quoting
    In a QuotedString backslashes and quotes must be escaped (control-spec §2.1); tor reads
    backslash-X as X in AUTHENTICATE.
    Given a mock tor with the password "a\"b\\c"
    When the controller connects
    Then the controller sent the password "a\"b\\c" as hex or as a quoted string

  @client @MUST @cs-3.5
  Scenario: cs/3.5/5 a wrong password is reported as a failure
    Tor answers a wrong secret with 515 and closes the connection (control-spec §3.5); the
    library must report that it could not authenticate.
    Given a mock tor with the password "right"
    When the controller tries to connect with the password "wrong"
    Then the controller reports an error

  @client @MUST @cs-3.21
  Scenario: cs/3.21/1 the controller sends PROTOCOLINFO at most once before authenticating
    Before authentication PROTOCOLINFO may be sent only once; a second one closes the connection
    (control-spec §3.21).
    Given a mock tor with cookie authentication
    When the controller connects
    Then the controller sent PROTOCOLINFO at most once before authenticating

  @client @MUST @cs-3.21 @cs-3.24
  Scenario: cs/3.21/5 a method tor does not offer is not tried
    PROTOCOLINFO says which methods tor accepts (control-spec §3.21); AUTHCHALLENGE on a tor
    without cookie authentication fails with 515 and closes the connection (§3.24), so a
    controller given only a password must not try the cookie.
    Given a mock tor with the password "pass"
    When the controller connects
    Then the controller sent no AUTHCHALLENGE command

  # --- what the client must make of PROTOCOLINFO -----------------------------------------------

  @client @MUST @cs-3.21
  Scenario: cs/3.21/2 PROTOCOLINFO's methods, cookie file and version are parsed
    AUTH METHODS is a comma list; COOKIEFILE and Tor= are quoted strings (control-spec §3.21).
    Given a mock tor
    And once connected, the mock answers "PROTOCOLINFO" with:
      """
      250-PROTOCOLINFO 1
      250-AUTH METHODS=COOKIE,SAFECOOKIE,HASHEDPASSWORD COOKIEFILE="/var/lib/tor/control_auth_cookie"
      250-VERSION Tor="0.4.9.11"
      250 OK
      """
    When the controller connects
    And the controller asks for the protocol info
    Then the protocol info lists the auth methods "COOKIE,SAFECOOKIE,HASHEDPASSWORD"
    And the protocol info gives the cookie file "/var/lib/tor/control_auth_cookie"
    And the protocol info gives the tor version "0.4.9.11"

  @client @MUST @cs-3.21 @cs-2.1.1
  Scenario: cs/3.21/3 an escaped COOKIEFILE path is unescaped
    COOKIEFILE is a quoted string with backslash escapes (control-spec §3.21, §2.1.1): a Windows
    path arrives with doubled backslashes and must be read with single ones.
    Given a mock tor
    And once connected, the mock answers "PROTOCOLINFO" with:
      """
      250-PROTOCOLINFO 1
      250-AUTH METHODS=COOKIE,SAFECOOKIE COOKIEFILE="C:\\\\Users\\\\tor user\\\\control_auth_cookie"
      250-VERSION Tor="0.4.9.11"
      250 OK
      """
    When the controller connects
    And the controller asks for the protocol info
    Then the protocol info gives the cookie file "C:\\Users\\tor user\\control_auth_cookie"

  @client @MUST @cs-3.21 @cs-1.1
  Scenario: cs/3.21/4 unknown PROTOCOLINFO lines and fields are ignored
    Controllers must ignore other lines and extra data on known lines, which may come in any
    order (control-spec §3.21, §1.1).
    Given a mock tor
    And once connected, the mock answers "PROTOCOLINFO" with:
      """
      250-PROTOCOLINFO 1
      250-VERSION Tor="0.4.9.11" FUTURE=yes
      250-FUTURELINE something new
      250-AUTH METHODS=NULL,FUTUREMETHOD FUTUREFIELD="x y"
      250 OK
      """
    When the controller connects
    And the controller asks for the protocol info
    Then the protocol info lists the auth methods "NULL,FUTUREMETHOD"
    And the protocol info gives the tor version "0.4.9.11"

  # --- daemon: PROTOCOLINFO ---------------------------------------------------------------------

  @daemon @MUST @cs-3.21
  Scenario: cs/3.21/d1 PROTOCOLINFO without authentication configured offers NULL
    The reply is PROTOCOLINFO 1, an AUTH line, a VERSION line and OK; with no method configured
    AUTH METHODS is NULL and there is no COOKIEFILE (control-spec §3.21).
    Given a daemon with none authentication
    When the client connects
    And the client sends "PROTOCOLINFO 1"
    Then the daemon answers with lines matching:
      """
      250-PROTOCOLINFO 1
      250-AUTH METHODS=NULL
      250-VERSION Tor="0\.4\.9\.\d+"
      250 OK
      """

  @daemon @MUST @cs-3.21
  Scenario: cs/3.21/d2 PROTOCOLINFO with cookie authentication gives the cookie file
    Cookie authentication offers COOKIE and SAFECOOKIE and names the absolute cookie path in
    COOKIEFILE (control-spec §3.21).
    Given a daemon with cookie authentication
    When the client connects
    And the client sends "PROTOCOLINFO"
    Then the daemon answers with lines matching:
      """
      250-PROTOCOLINFO 1
      250-AUTH METHODS=COOKIE,SAFECOOKIE COOKIEFILE="/[^"]*/control_auth_cookie"
      250-VERSION Tor="0\.4\.9\.\d+"
      250 OK
      """

  @daemon @MUST @cs-3.21
  Scenario: cs/3.21/d3 PROTOCOLINFO with a control password offers HASHEDPASSWORD
    A HashedControlPassword makes HASHEDPASSWORD the method (control-spec §3.21, §5.1).
    Given a daemon with password:foo authentication
    When the client connects
    And the client sends "PROTOCOLINFO"
    Then the daemon answers with lines matching:
      """
      250-PROTOCOLINFO 1
      250-AUTH METHODS=HASHEDPASSWORD
      250-VERSION Tor="0\.4\.9\.\d+"
      250 OK
      """

  @daemon @MUST @cs-3.21
  Scenario: cs/3.21/d4 PROTOCOLINFO answers version 1 whatever versions are asked for
    The PIVERSION arguments say which versions the controller knows; tor answers with the one it
    speaks (control-spec §3.21).
    Given a daemon with none authentication
    When the client connects
    And the client sends "PROTOCOLINFO 1 2 3"
    Then the daemon answers matching "250-PROTOCOLINFO 1\r\n.*250 OK\r\n"

  @daemon @MUST @cs-3.21
  Scenario: cs/3.21/d5 a non-numeric PROTOCOLINFO version is refused and the connection closed
    PIVERSION is a number; anything else is "513 No such version", and before authentication
    the connection is closed (control-spec §3.21, §4).
    Given a daemon with none authentication
    When the client connects
    And the client sends "PROTOCOLINFO x"
    Then the daemon answers "513 No such version \"x\"\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.21
  Scenario: cs/3.21/d6 a second PROTOCOLINFO before authentication closes the connection
    Before authenticating, PROTOCOLINFO may be sent only once (control-spec §3.21).
    Given a daemon with none authentication
    When the client connects
    And the client sends "PROTOCOLINFO"
    And the client sends "PROTOCOLINFO"
    Then the daemon answers "514 Authentication required.\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.21
  Scenario: cs/3.21/d7 after authentication PROTOCOLINFO may be sent again and again
    The once-only rule holds before authentication only (control-spec §3.21).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "PROTOCOLINFO"
    And the client sends "PROTOCOLINFO"
    Then the daemon answers matching "250-PROTOCOLINFO 1\r\n250-AUTH METHODS=NULL\r\n250-VERSION Tor=\"[^\"]+\"\r\n250 OK\r\n"

  # --- daemon: AUTHENTICATE --------------------------------------------------------------------

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d1 AUTHENTICATE with no argument succeeds when no method is configured
    With no authentication configured any AUTHENTICATE succeeds (control-spec §3.5).
    Given a daemon with none authentication
    When the client connects
    And the client sends "AUTHENTICATE"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d2 AUTHENTICATE with an empty quoted string succeeds when no method is configured
    An empty QuotedString is an empty secret (control-spec §3.5).
    Given a daemon with none authentication
    When the client connects
    And the client sends "AUTHENTICATE \"\""
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d3 the cookie as hex authenticates
    The COOKIE method takes the cookie file's 32 bytes, hex-encoded (control-spec §3.5, §5.1).
    Given a daemon with cookie authentication
    When the client connects
    And the client sends AUTHENTICATE with the cookie
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d4 a wrong cookie is refused with 515 and the connection closed
    A failed authentication gets 515 and tor closes the connection (control-spec §3.5, §4).
    Given a daemon with cookie authentication
    When the client connects
    And the client sends "AUTHENTICATE 0000000000000000000000000000000000000000000000000000000000000000"
    Then the daemon answers "515 Authentication failed: Authentication cookie did not match expected value.\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d5 a cookie of the wrong length is refused
    The cookie is exactly 32 bytes (control-spec §5.1); anything else fails with 515 and a close.
    Given a daemon with cookie authentication
    When the client connects
    And the client sends "AUTHENTICATE 0011"
    Then the daemon answers "515 Authentication failed: Wrong length on authentication cookie.\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d6 the password as a quoted string authenticates
    HASHEDPASSWORD takes the password as a QuotedString or hex (control-spec §3.5, §5.1).
    Given a daemon with password:foo authentication
    When the client connects
    And the client sends "AUTHENTICATE \"foo\""
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d7 the password as hex authenticates
    The same secret, hex-encoded (control-spec §3.5).
    Given a daemon with password:foo authentication
    When the client connects
    And the client sends "AUTHENTICATE 666F6F"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.5 @cs-2.1
  Scenario: cs/3.5/d8 a backslash in the quoted password escapes the next character
    In a QuotedString a backslash followed by any character is that character (control-spec
    §2.1), so "f\oo" is the password foo.
    Given a daemon with password:foo authentication
    When the client connects
    And the client sends "AUTHENTICATE \"f\\oo\""
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d9 a wrong password is refused with 515 and the connection closed
    Failed authentication: 515, then the connection is closed (control-spec §3.5).
    Given a daemon with password:foo authentication
    When the client connects
    And the client sends "AUTHENTICATE \"bar\""
    Then the daemon answers "515 Authentication failed: Password did not match HashedControlPassword value from configuration\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d10 an unquoted password is refused as bad hex and the connection closed
    An argument without quotes must be hex (control-spec §3.5); tor says so and closes.
    Given a daemon with password:foo authentication
    When the client connects
    And the client sends "AUTHENTICATE foo"
    Then the daemon answers "551 Invalid hexadecimal encoding.  Maybe you tried a plain text password?  If so, the standard requires that you put it in double quotes.\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d11 two AUTHENTICATE arguments are refused and the connection closed
    AUTHENTICATE takes at most one argument (control-spec §3.5).
    Given a daemon with password:foo authentication
    When the client connects
    And the client sends "AUTHENTICATE \"foo\" \"bar\""
    Then the daemon answers "512 Too many arguments to AUTHENTICATE.\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d12 a keyword argument to AUTHENTICATE is refused and the connection closed
    The argument is a bare secret, not KEY=VALUE (control-spec §3.5).
    Given a daemon with password:foo authentication
    When the client connects
    And the client sends "AUTHENTICATE password=foo"
    Then the daemon answers "512 AUTHENTICATE does not accept keyword arguments.\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d13 an unterminated quoted password is a syntax error that keeps the connection
    A QuotedString without its closing quote does not parse (control-spec §2.1); tor answers 512
    without closing, and the next command is still judged unauthenticated.
    Given a daemon with password:foo authentication
    When the client connects
    And the client sends "AUTHENTICATE \"foo"
    Then the daemon answers "512 Bad arguments to AUTHENTICATE: Cannot parse keyword argument(s)\r\n"
    And the daemon keeps the connection open

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d14 a failed second AUTHENTICATE after success still closes the connection
    Each AUTHENTICATE is judged; a wrong secret gets 515 and a close even on an authenticated
    connection (control-spec §3.5).
    Given a daemon with password:foo authentication
    When the client connects and authenticates
    And the client sends "AUTHENTICATE \"bar\""
    Then the daemon answers "515 Authentication failed: Password did not match HashedControlPassword value from configuration\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.5 @howto-3.2
  Scenario: howto/3.2/d1 a HashedControlPassword from the torrc accepts its password
    The torrc holds only the salted S2K hash of the password (howto §3.2, control-spec §5.1);
    "16:660537E3E1CD49996044A3BF558097A981F539FEA2F9DA662B4626C1C2" is the spec's hash of "foo".
    Given a fresh daemon with none authentication and the options:
      """
      HashedControlPassword 16:660537E3E1CD49996044A3BF558097A981F539FEA2F9DA662B4626C1C2
      """
    When the client connects
    And the client sends "AUTHENTICATE \"foo\""
    Then the daemon answers "250 OK\r\n"

  # --- daemon: before authentication ----------------------------------------------------------

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d15 a command before authentication gets 514 and the connection is closed
    Before AUTHENTICATE succeeds only PROTOCOLINFO, AUTHCHALLENGE, AUTHENTICATE and QUIT are
    accepted; anything else is "514 Authentication required." and a close (control-spec §3.5, §4).
    Given a daemon with none authentication
    When the client connects
    And the client sends "GETINFO version"
    Then the daemon answers "514 Authentication required.\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.5
  Scenario: cs/3.5/d16 an empty line before authentication gets 514 and the connection is closed
    An empty line is a command with an empty keyword, not allowed before authentication
    (control-spec §3.5).
    Given a daemon with none authentication
    When the client connects
    And the client sends ""
    Then the daemon answers "514 Authentication required.\r\n"
    And the daemon closes the connection

  @daemon @INFO @cs-3.5
  Scenario: cs/3.5/d17 an HTTP request to the control port gets an HTTP error and a close
    Recorded tor behaviour: a browser pointed at the control port gets "501 Tor ControlPort is not
    an HTTP proxy" in HTTP, not a control reply, and the connection is closed.
    Given a daemon with none authentication
    When the client connects
    And the client sends the bytes "GET / HTTP/1.0\r\n\r\n"
    Then the daemon answers matching "HTTP/1\.0 501 Tor ControlPort is not an HTTP proxy\r\n.*</html>\n"
    And the daemon closes the connection

  @daemon @INFO @cs-0
  Scenario: cs/0/d1 a version-0 binary message gets the obsolete-protocol error and a close
    Recorded tor behaviour: the v0 protocol is gone (control-spec §0); tor answers what looks like
    a v0 message with a binary v0 error and closes.
    Given a daemon with none authentication
    When the client connects
    And the client sends the bytes "AB\x00\x01\x00\x00"
    Then the daemon answers "\x00`\x00\x00\x00\x01The v0 control protocol is not supported by Tor 0.1.2.17 and later; upgrade your controller.\x00\x00"
    And the daemon closes the connection

  # --- daemon: AUTHCHALLENGE (SAFECOOKIE) ------------------------------------------------------

  @daemon @MUST @cs-3.24
  Scenario: cs/3.24/d1 the SAFECOOKIE handshake authenticates
    AUTHCHALLENGE SAFECOOKIE answers SERVERHASH and SERVERNONCE; SERVERHASH proves tor knows the
    cookie, and the client's HMAC answer authenticates (control-spec §3.24).
    Given a daemon with cookie authentication
    When the client connects
    And the client asks for a SAFECOOKIE challenge with the nonce "0102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F20"
    Then the daemon's server hash proves it knows the cookie
    When the client answers the challenge
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.24
  Scenario: cs/3.24/d2 a wrong answer to the challenge is refused and the connection closed
    After a challenge only the client hash is accepted; anything else fails (control-spec §3.24).
    Given a daemon with cookie authentication
    When the client connects
    And the client asks for a SAFECOOKIE challenge with the nonce "0011"
    And the client sends "AUTHENTICATE 00"
    Then the daemon answers "515 Authentication failed: Wrong length for safe cookie response.\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.24
  Scenario: cs/3.24/d3 a method other than SAFECOOKIE is refused and the connection closed
    SAFECOOKIE is the only challenge method (control-spec §3.24).
    Given a daemon with cookie authentication
    When the client connects
    And the client sends "AUTHCHALLENGE FOO 0011"
    Then the daemon answers "513 AUTHCHALLENGE only supports SAFECOOKIE authentication\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.24
  Scenario: cs/3.24/d4 a client nonce that is not hex is refused and the connection closed
    The nonce is hex or a QuotedString (control-spec §3.24).
    Given a daemon with cookie authentication
    When the client connects
    And the client sends "AUTHCHALLENGE SAFECOOKIE xyz"
    Then the daemon answers "513 Invalid base16 client nonce\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.24
  Scenario: cs/3.24/d5 AUTHCHALLENGE without a method is a syntax error
    The method and the nonce are required (control-spec §3.24).
    Given a daemon with cookie authentication
    When the client connects
    And the client sends "AUTHCHALLENGE"
    Then the daemon answers "512 Bad arguments to AUTHCHALLENGE: Need at least 1 argument(s)\r\n"

  @daemon @MUST @cs-3.24
  Scenario: cs/3.24/d6 AUTHCHALLENGE without cookie authentication is refused and the connection closed
    SAFECOOKIE needs the cookie; tor without CookieAuthentication refuses (control-spec §3.24).
    Given a daemon with none authentication
    When the client connects
    And the client sends "AUTHCHALLENGE SAFECOOKIE 0011"
    Then the daemon answers "515 Cookie authentication is disabled\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.24 @cs-3.21
  Scenario: cs/3.24/d7 PROTOCOLINFO after a challenge closes the connection
    After AUTHCHALLENGE the next command must be AUTHENTICATE (control-spec §3.24).
    Given a daemon with cookie authentication
    When the client connects
    And the client asks for a SAFECOOKIE challenge with the nonce "0011"
    And the client sends "PROTOCOLINFO"
    Then the daemon answers "514 Authentication required.\r\n"
    And the daemon closes the connection

  # --- daemon: QUIT ---------------------------------------------------------------------------

  @daemon @MUST @cs-3.18
  Scenario: cs/3.18/d1 QUIT before authentication is answered and the connection closed
    QUIT is allowed in any state: tor answers "250 closing connection" and closes (control-spec
    §3.18, §3.5).
    Given a daemon with none authentication
    When the client connects
    And the client sends "QUIT"
    Then the daemon answers "250 closing connection\r\n"
    And the daemon closes the connection

  @daemon @MUST @cs-3.18
  Scenario: cs/3.18/d2 QUIT after authentication is answered and the connection closed
    Tor answers QUIT and closes the connection (control-spec §3.18).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "quit"
    Then the daemon answers "250 closing connection\r\n"
    And the daemon closes the connection
