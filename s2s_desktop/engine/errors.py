"""The one exception type for mistakes a user can fix."""


class UserError(Exception):
    """Something the user can fix: bad folder, bad file, unknown model, bad option.

    ``str(error)`` is one plain sentence saying what is wrong and what to do. The CLI prints it
    and exits with status 2; the window shows it inline. It never carries a traceback to the user.
    """


class LanguagePairNeeded(UserError):
    """The folder holds several language pairs (or unnamed ones) and none was chosen.

    Attributes:
        pairs: the (sorted) language pairs found, for a window to offer as choices.
    """

    def __init__(self, message: str, pairs: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.pairs = pairs


class PairNotFound(UserError):
    """The folder has no data for the language pair asked for.

    Attributes:
        found: the pairs it has, as words ("de–fr"), for a caller to say it its own way.
    """

    def __init__(self, message: str, found: str) -> None:
        super().__init__(message)
        self.found = found
