@config @setconf
Feature: SETCONF, RESETCONF, SAVECONF and +LOADCONF (control-spec §3.1, §3.2, §3.6, §3.22; howto §2.2, §2.2.1)
  SETCONF sets options as if read from the torrc, all or nothing; values with spaces or special
  characters are quoted and C-escaped. Setting any line of a multi-line option (Log, a
  HiddenServiceDir group) replaces all of them, so order-sensitive options go in one command.

  # --- SETCONF: what the client sends ----------------------------------------------------------

  @client @MUST @cs-3.1 @howto-2.2
  Scenario: cs/3.1/1 a value with a space is quoted
    value = String / QuotedString (control-spec §3.1); unquoted, "1 MB" would be two tokens
    (howto §2.2: SETCONF bandwidthrate="1 MB").
    Given a mock tor
    And the mock answers "SETCONF" with:
      """
      250 OK
      """
    When the controller connects
    And the controller sets "BandwidthRate" to "1 MB"
    Then the controller succeeds
    And the controller's SETCONF command assigns:
      | BandwidthRate | 1 MB |

  @client @MUST @cs-3.1 @cs-2.1
  Scenario: cs/3.1/2 quotes and backslashes in a value are escaped
    Inside a quoted value, backslashes and quotes must be escaped (control-spec §2.1, §3.1); tor
    reads the value back as a C string.
    Given a mock tor
    And the mock answers "SETCONF" with:
      """
      250 OK
      """
    When the controller connects
    And the controller sets "ContactInfo" to "say \"hi\" \\ bye"
    Then the controller's SETCONF command assigns:
      | ContactInfo | say "hi" \\ bye |

  @client @MUST @cs-3.1 @cs-2.1
  Scenario: cs/3.1/3 a newline in a value is escaped, not sent raw
    A raw newline would end the command line (control-spec §2.1); tor's C-string reader takes \n
    for a newline (control-spec §3.1).
    Given a mock tor
    And the mock answers "SETCONF" with:
      """
      250 OK
      """
    When the controller connects
    And the controller sets "ContactInfo" to "line one\nline two"
    Then the controller's SETCONF command assigns:
      | ContactInfo | line one\nline two |

  @client @SHOULD @cs-3.1 @cs-2.1
  Scenario: cs/3.1/4 a non-ASCII value reaches tor as its UTF-8 bytes
    All 8-bit characters are permitted (control-spec §2.1); text should reach tor as UTF-8, the
    encoding tor's own output and torrc files use, not as "?" or another charset.
    Given a mock tor
    And the mock answers "SETCONF" with:
      """
      250 OK
      """
    When the controller connects
    And the controller sets "ContactInfo" to "café"
    Then the controller's SETCONF command assigns:
      | ContactInfo | café |

  @client @MUST @cs-3.1 @howto-2.2
  Scenario: cs/3.1/5 several options go in one SETCONF, in order
    Interdependent options must be set in one SETCONF (control-spec §3.1); howto §2.2 sets
    HiddenServiceDir and HiddenServicePort together.
    Given a mock tor
    And the mock answers "SETCONF" with:
      """
      250 OK
      """
    When the controller connects
    And the controller sets the configuration:
      | HiddenServiceDir  | /home/tor/service1 |
      | HiddenServicePort | 80                 |
    Then the controller succeeds
    And the controller's SETCONF command assigns:
      | HiddenServiceDir  | /home/tor/service1 |
      | HiddenServicePort | 80                 |

  @client @MUST @cs-3.1 @howto-2.2.1
  Scenario: howto/2.2.1/3 changing the third Log line resends all three, in order
    Setting any Log line replaces them all, so to change the third of three logs the controller
    sends the other two as well, in one SETCONF (howto §2.2.1, control-spec §3.1).
    Given a mock tor
    And the mock answers "SETCONF" with:
      """
      250 OK
      """
    When the controller connects
    And the controller sets the configuration:
      | Log | debug-debug file /tmp/debug_log |
      | Log | notice-err file /tmp/tor_log    |
      | Log | err file /tmp/errors2           |
    Then the controller's SETCONF command assigns:
      | Log | debug-debug file /tmp/debug_log |
      | Log | notice-err file /tmp/tor_log    |
      | Log | err file /tmp/errors2           |

  @client @MUST @cs-3.1
  Scenario: cs/3.1/6 an option without a value is sent as a bare name
    Keywords with no value reset the option to 0 or NULL (control-spec §3.1).
    Given a mock tor
    And the mock answers "SETCONF" with:
      """
      250 OK
      """
    When the controller connects
    And the controller unsets "ContactInfo"
    Then the controller succeeds
    And the controller's SETCONF command assigns:
      | ContactInfo | (unset) |

  # --- SETCONF: what the client must make of the replies ---------------------------------------

  @client @MUST @cs-3.1 @cs-4
  Scenario: cs/3.1/7 a refused SETCONF is reported
    On a semantic error tor answers 553 and sets nothing (control-spec §3.1); the library must
    report the failure.
    Given a mock tor
    And the mock answers "SETCONF" with:
      """
      553 Transition not allowed: While Tor is running, changing DataDirectory is not allowed
      """
    When the controller connects
    And the controller sets "DataDirectory" to "/tmp/elsewhere"
    Then the controller reports an error

  @client @SHOULD @cs-3.1 @cs-4
  Scenario: cs/3.1/8 a refused SETCONF exposes tor's status code
    513 (a value tor cannot parse) and 553 (a value it will not take) mean different things
    (control-spec §3.1, §4); the library should let its user tell them apart.
    Given a mock tor
    And the mock answers "SETCONF" with:
      """
      513 Unacceptable option value: Could not parse MaxCircuitDirtiness: Unable to parse abc as a number
      """
    When the controller connects
    And the controller sets "MaxCircuitDirtiness" to "abc"
    Then the controller reports an error with status 513

  # --- RESETCONF -----------------------------------------------------------------------------

  @client @MUST @cs-3.2
  Scenario: cs/3.2/1 RESETCONF names the options to reset
    "RESETCONF" 1*(SP keyword ["=" String]) (control-spec §3.2).
    Given a mock tor
    And the mock answers "RESETCONF" with:
      """
      250 OK
      """
    When the controller connects
    And the controller resets the configuration of "ContactInfo ExitNodes"
    Then the controller succeeds
    And the controller's RESETCONF command was exactly "RESETCONF ContactInfo ExitNodes\r\n"

  @client @MUST @cs-3.2 @cs-4
  Scenario: cs/3.2/2 a refused RESETCONF is reported
    RESETCONF fails like SETCONF (control-spec §3.2), here for an unknown option.
    Given a mock tor
    And the mock answers "RESETCONF" with:
      """
      552 Unrecognized option: Unknown option 'NoSuch'.  Failing.
      """
    When the controller connects
    And the controller resets the configuration of "NoSuch"
    Then the controller reports an error

  # --- SAVECONF ------------------------------------------------------------------------------

  @client @MUST @cs-3.6 @howto-2.2
  Scenario: cs/3.6/1 SAVECONF asks tor to write its torrc
    "SAVECONF" [SP "FORCE"] CRLF (control-spec §3.6; howto §2.2: conn.saveConf()).
    Given a mock tor
    And the mock answers "SAVECONF" with:
      """
      250 OK
      """
    When the controller connects
    And the controller saves the configuration
    Then the controller succeeds
    And the controller's SAVECONF command was exactly "SAVECONF\r\n"

  @client @MUST @cs-3.6
  Scenario: cs/3.6/2 SAVECONF FORCE overwrites a torrc with %include
    FORCE makes tor write the file even when the torrc uses %include (control-spec §3.6).
    Given a mock tor
    And the mock answers "SAVECONF" with:
      """
      250 OK
      """
    When the controller connects
    And the controller saves the configuration with force
    Then the controller succeeds
    And the controller's SAVECONF command was exactly "SAVECONF FORCE\r\n"

  @client @MUST @cs-3.6 @cs-4
  Scenario: cs/3.6/3 a failed SAVECONF is reported
    Tor answers 551 when it cannot write the file (control-spec §3.6).
    Given a mock tor
    And the mock answers "SAVECONF" with:
      """
      551 Unable to write configuration to disk.
      """
    When the controller connects
    And the controller saves the configuration
    Then the controller reports an error

  # --- +LOADCONF -----------------------------------------------------------------------------

  @client @MUST @cs-3.22 @cs-2.2
  Scenario: cs/3.22/1 +LOADCONF sends the torrc as a data block
    "+LOADCONF" CRLF ConfigText CRLF "." CRLF (control-spec §3.22, §2.2): each line ended by CRLF,
    then a line with a single dot.
    Given a mock tor
    And the mock answers "+LOADCONF" with:
      """
      250 OK
      """
    When the controller connects
    And the controller loads the configuration:
      """
      SocksPort 9050
      Log notice stdout
      """
    Then the controller succeeds
    And the controller's +LOADCONF command was exactly:
      """
      +LOADCONF
      SocksPort 9050
      Log notice stdout
      .
      """

  @client @MUST @cs-3.22 @cs-2.4 @howto-4
  Scenario: cs/3.22/2 lines of the torrc that start with a dot are dot-stuffed
    Lines of data that start with "." get another "." in front, so that a lone "." can only be
    the end of the block (control-spec §2.4; howto §4).
    Given a mock tor
    And the mock answers "+LOADCONF" with:
      """
      250 OK
      """
    When the controller connects
    And the controller loads the configuration:
      """
      ContactInfo x
      .
      .leading dot
      """
    Then the controller's +LOADCONF command was exactly:
      """
      +LOADCONF
      ContactInfo x
      ..
      ..leading dot
      .
      """

  @client @MUST @cs-3.22 @cs-4
  Scenario: cs/3.22/3 a refused +LOADCONF is reported
    Tor answers 552 for a torrc it cannot parse (control-spec §3.22).
    Given a mock tor
    And the mock answers "+LOADCONF" with:
      """
      552 Invalid config file: Failed to parse/validate config: Unknown option 'NoSuchOption'.  Failing.
      """
    When the controller connects
    And the controller loads the configuration:
      """
      NoSuchOption 1
      """
    Then the controller reports an error

  # --- daemon: SETCONF and RESETCONF ----------------------------------------------------------

  @daemon @MUST @cs-3.1
  Scenario: cs/3.1/d1 SETCONF of several options answers OK
    Tor answers "250 OK" on success (control-spec §3.1).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF ContactInfo=hello MaxCircuitDirtiness=700"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.1
  Scenario: cs/3.1/d2 SETCONF of an unknown option is 552
    Unknown keywords give "552 Unrecognized option" (control-spec §3.1).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF NoSuchOption=1"
    Then the daemon answers "552 Unrecognized option: Unknown option 'NoSuchOption'.  Failing.\r\n"

  @daemon @MUST @cs-3.1
  Scenario: cs/3.1/d3 SETCONF of a value tor cannot parse is 513
    A syntax error in a value gives 513 (control-spec §3.1).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF MaxCircuitDirtiness=abc"
    Then the daemon answers "513 Unacceptable option value: Could not parse MaxCircuitDirtiness: Provided value is malformed or out of bounds: Unable to parse abc as a number\r\n"

  @daemon @MUST @cs-3.1 @cs-2.1
  Scenario: cs/3.1/d4 an unterminated quoted value is a syntax error
    A quoted value must be closed (control-spec §2.1); tor cannot parse the arguments.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF ContactInfo=\"abc"
    Then the daemon answers "512 Bad arguments to SETCONF: Cannot parse keyword argument(s)\r\n"

  @daemon @MUST @cs-3.1 @cs-2.1.1
  Scenario: cs/3.1/d5 an unknown escape in a quoted value is a syntax error
    Tor reads SETCONF values as C strings: \n \t \r \\ \" \' and octal and hex escapes; any other
    escape is refused (control-spec §2.1.1, §3.1).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF ContactInfo=\"a\\qb\""
    Then the daemon answers "512 Bad arguments to SETCONF: Cannot parse keyword argument(s)\r\n"

  @daemon @MUST @cs-3.1
  Scenario: cs/3.1/d6 SETCONF with no options answers OK
    Nothing to set is not an error for tor.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.1
  Scenario: cs/3.1/d7 SETCONF is all or nothing
    If any setting fails, tor sets none of them (control-spec §3.1).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF ContactInfo=x NoSuch=1"
    And the client sends "GETCONF ContactInfo"
    Then the daemon answers "250 ContactInfo\r\n"

  @daemon @MUST @cs-3.1
  Scenario: cs/3.1/d8 a bare option name unsets the option
    Keywords with no value are reset to 0 or NULL (control-spec §3.1).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF ContactInfo=x"
    And the client sends "SETCONF ContactInfo"
    And the client sends "GETCONF ContactInfo"
    Then the daemon answers "250 ContactInfo\r\n"

  @daemon @MUST @cs-3.1 @howto-2.2.1
  Scenario: cs/3.1/d9 setting one Log line replaces all of them
    For options that take several values, setting any of them replaces all the others
    (control-spec §3.1; howto §2.2.1).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF Log=\"notice stdout\" Log=\"warn stderr\""
    And the client sends "SETCONF Log=\"err stderr\""
    And the client sends "GETCONF Log"
    Then the daemon answers "250 Log=err stderr\r\n"

  @daemon @MUST @cs-3.2
  Scenario: cs/3.2/d1 RESETCONF restores the default
    RESETCONF removes all settings and assigns the default (control-spec §3.2).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SETCONF MaxCircuitDirtiness=700"
    And the client sends "RESETCONF MaxCircuitDirtiness"
    And the client sends "GETCONF MaxCircuitDirtiness"
    Then the daemon answers "250 MaxCircuitDirtiness=600\r\n"

  @daemon @MUST @cs-3.2
  Scenario: cs/3.2/d2 RESETCONF with a value assigns it after the reset
    RESETCONF keyword=String resets, then assigns the String (control-spec §3.2).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "RESETCONF MaxCircuitDirtiness=700"
    And the client sends "GETCONF MaxCircuitDirtiness"
    Then the daemon answers "250 MaxCircuitDirtiness=700\r\n"

  @daemon @MUST @cs-3.2
  Scenario: cs/3.2/d3 RESETCONF of an unknown option is 552
    RESETCONF otherwise behaves like SETCONF (control-spec §3.2).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends "RESETCONF NoSuch"
    Then the daemon answers "552 Unrecognized option: Unknown option 'NoSuch'.  Failing.\r\n"

  # --- daemon: SAVECONF and +LOADCONF ---------------------------------------------------------

  @daemon @MUST @cs-3.6
  Scenario: cs/3.6/d1 SAVECONF writes the torrc and answers OK
    Tor writes its configuration to its torrc (control-spec §3.6).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SAVECONF"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.6
  Scenario: cs/3.6/d2 SAVECONF FORCE answers OK
    FORCE is accepted (control-spec §3.6).
    Given a fresh daemon with none authentication
    When the client connects and authenticates
    And the client sends "SAVECONF FORCE"
    Then the daemon answers "250 OK\r\n"

  @daemon @MUST @cs-3.22
  Scenario: cs/3.22/d1 +LOADCONF with an empty body is a syntax error
    The torrc text is required; an empty data block is refused.
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "+LOADCONF\r\n.\r\n"
    Then the daemon answers "512 Bad arguments to +LOADCONF: Empty body\r\n"

  @daemon @MUST @cs-3.22
  Scenario: cs/3.22/d2 +LOADCONF of a torrc with an unknown option is 552
    Tor validates the text as a torrc before using it (control-spec §3.22).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "+LOADCONF\r\nNoSuchOption 1\r\n.\r\n"
    Then the daemon answers "552 Invalid config file: Failed to parse/validate config: Unknown option 'NoSuchOption'.  Failing.\r\n"

  @daemon @MUST @cs-3.22
  Scenario: cs/3.22/d3 +LOADCONF of a torrc that moves the data directory is 553
    The text replaces the whole torrc; options that cannot change while tor runs are refused
    with 553 (control-spec §3.22, §4).
    Given a daemon with none authentication
    When the client connects and authenticates
    And the client sends the bytes "+LOADCONF\r\nDisableNetwork 1\r\nSocksPort 0\r\n.\r\n"
    Then the daemon answers "553 Transition not allowed: Failed to parse/validate config: While Tor is running, changing DataDirectory is not allowed\r\n"
