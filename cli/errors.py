"""The one error type of the headless commands."""

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """Bad input or usage; printed as one line on stderr, exit code 2."""
