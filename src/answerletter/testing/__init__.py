"""TEST SUPPORT, not for users: hooks the end-to-end tests switch on through environment
variables in a real editor process, and the synthetic-letter generator of the tests and
benchmarks. Nothing here runs unless a test sets the variable; nothing else imports it
except at those switches (``desktop.opener``, ``desktop.session``)."""
