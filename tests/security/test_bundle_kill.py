"""A bundle written is either complete or absent, even if the app is killed mid-write.

A child process saves real, sealed bundles through `save_bundle` (the path the Share
section uses) in a loop, new files and replacements of one file by turns; the parent
kills it with SIGKILL at random moments. After every kill, every file at a final name
opens with `open_bundle`, and every bundle the child reported saved is there.
"""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from afterglow.bundle import TherapistIdentity, open_bundle, read_bundle_file

CHILD = Path(__file__).with_name("bundle_child.py")
SOAK = bool(os.environ.get("AFTERGLOW_SOAK"))


def test_a_kill_mid_write_leaves_each_bundle_whole_or_absent(tmp_path):
    kills = 100 if SOAK else 6
    therapist = TherapistIdentity.generate()
    folder = tmp_path / "bundles"
    folder.mkdir()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    saved: set[str] = set()
    leftovers = 0
    for case in range(kills):
        with subprocess.Popen(
            [sys.executable, str(CHILD), str(folder), therapist.secret],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=env,
        ) as child:
            first = child.stdout.readline()
            assert first, child.stderr.read().decode()[-600:]
            time.sleep(random.Random(case).uniform(0.0, 0.3))
            os.kill(child.pid, signal.SIGKILL)
            rest = child.stdout.read()
            child.wait()
        saved |= {line for line in (first + rest).decode().splitlines() if line}

        final = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
        assert saved <= final, f"kill {case}: a saved bundle is missing"
        for name in final:
            opened = open_bundle(read_bundle_file(folder / name), identities=[therapist])
            assert opened.data["entries"], f"kill {case}: {name} is not a whole bundle"
            assert (folder / name).stat().st_mode & 0o777 == 0o600
        # A kill can leave the hidden work file behind, never a file at a final name.
        hidden = [p for p in folder.iterdir() if p.name.startswith(".")]
        assert all(p.name.endswith(".partial") for p in hidden)
        leftovers += len(hidden)
        for p in hidden:
            p.unlink()
    if SOAK:
        print(
            f"\n{kills} kills while saving bundles, {len(saved)} saved, "
            f"{leftovers} hidden work files left by kills, none at a final name"
        )
