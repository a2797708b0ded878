import subprocess
import sys

PROBE = """
import os, resource
from afterglow.vault.hygiene import harden_process, is_dumpable
assert is_dumpable()
harden_process()
print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable(), oct(os.umask(0)))
"""


def test_hardening_disables_core_dumps_and_ptrace_and_makes_files_private():
    # In a child process: hardening is irreversible for the process that asks for it.
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["(0,", "0)", "False", "0o77"]
