"""Typed errors that carry a message meant for a person.

The command line maps them to exit codes and the desktop app to dialogs; anything
that is not an `AfterglowError` is a bug and is reported as one.
"""


class AfterglowError(Exception):
    """Something the environment or the person's input caused, explained in one sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(AfterglowError):
    """The request itself does not make sense (a missing file, an existing vault…)."""


class VaultExists(UsageError):
    """A journal already lives where a new one was to be created."""


class VaultNotFound(UsageError):
    """There is no journal in the data folder yet."""


class InvalidEntry(UsageError):
    """An entry breaks a rule of the journal; `field` names the part and `problem` says why.

    The message never quotes the entry's text, only the rule it breaks.
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"The entry's {field.replace('_', ' ')} {problem}.")
        self.field = field
        self.problem = problem


class EntryNotFound(UsageError):
    """No entry has the id that was asked for."""


class WrongPassphrase(AfterglowError):
    """The passphrase or recovery key does not unlock the journal."""


class InvalidRecoveryKey(WrongPassphrase):
    """The recovery key was mistyped: its checksum does not match."""


class DamagedData(AfterglowError):
    """A file is damaged, truncated or was changed outside Afterglow."""


class UnsupportedVersion(DamagedData):
    """The data was written by a newer version of Afterglow."""


class InvalidImportFile(DamagedData):
    """A file to import breaks the interchange format; `location` says where (entries[3].mood)."""

    def __init__(self, location: str, problem: str) -> None:
        where = f"{location} " if location else "the file "
        super().__init__(f"Nothing was imported: {where}{problem}.")
        self.location = location
        self.problem = problem


class UnsafeInput(AfterglowError):
    """Input was refused because reading it could harm the journal or the computer."""


class StorageError(AfterglowError):
    """The computer refused a read or write (disk full, read-only folder, permissions)."""


class EnvironmentProblem(AfterglowError):
    """Afterglow cannot run safely here (for example, the database driver lacks encryption)."""


class VaultInUse(AfterglowError):
    """Another Afterglow process has the journal open."""


class InvalidRecord(UsageError):
    """A session, insight, action or prompt breaks a rule; like `InvalidEntry`, the message
    names the field and the rule, never the text."""

    what = "record"

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"The {self.what}'s {field.replace('_', ' ')} {problem}.")
        self.field = field
        self.problem = problem


class InvalidSession(InvalidRecord):
    what = "session"


class InvalidInsight(InvalidRecord):
    what = "insight"


class InvalidAction(InvalidRecord):
    what = "action"


class InvalidPrompt(InvalidRecord):
    what = "prompt"


class InvalidCheckIn(InvalidRecord):
    what = "check-in"


class RefusedChange(UsageError):
    """A status change the rules do not allow (an insight cannot jump back two steps)."""


class RecordNotFound(UsageError):
    """No session, insight, action or prompt has the id that was asked for."""


class SessionNotFound(RecordNotFound):
    pass


class InsightNotFound(RecordNotFound):
    pass


class ActionNotFound(RecordNotFound):
    pass


class PromptNotFound(RecordNotFound):
    pass


class JournalLocked(AfterglowError):
    """The journal was locked while work on it was still waiting to run."""
