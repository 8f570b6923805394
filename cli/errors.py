"""The one error type of the headless commands."""

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """Bad input or usage; printed as one line on stderr, exit code 2."""


#: Longest excerpt of a user's token that a message quotes.
MAX_QUOTED_CHARS = 40


def quote(token: str) -> str:
    """`token` quoted for a one-line message, cut to an excerpt if it is long."""
    if len(token) > MAX_QUOTED_CHARS:
        token = token[: MAX_QUOTED_CHARS - 3] + "..."
    return repr(token)
