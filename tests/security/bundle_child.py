"""Saves therapist bundles in a loop until killed, acknowledging each one saved.

Used by test_bundle_kill.py: `python bundle_child.py FOLDER THERAPIST_SECRET`. Every
other bundle replaces `latest.zip.age`, so a kill also lands in the middle of replacing.
Each line on stdout is written only after `save_bundle` returned.
"""

import os
import sys
from pathlib import Path

from afterglow.bundle import ForTherapists, SigningIdentity, TherapistIdentity, seal_bundle
from afterglow.bundle.saving import save_bundle
from tests.bundle.conftest import make_bundle

PDF_BYTES = 1_500_000  # big enough that a kill often lands inside the write


def main() -> None:
    folder, therapist = Path(sys.argv[1]), TherapistIdentity(sys.argv[2])
    signer = SigningIdentity.generate()
    lock = ForTherapists([therapist.public_key])
    i = 0
    while True:
        pdf = b"%PDF-1.7\n" + os.urandom(PDF_BYTES)
        sealed = seal_bundle(make_bundle(signer, pdf_renderer=lambda _html, p=pdf: p), lock)
        name = "latest.zip.age" if i % 2 else f"bundle-{os.getpid()}-{i}.zip.age"
        save_bundle(sealed, folder / name, overwrite=name == "latest.zip.age")
        sys.stdout.write(name + "\n")
        sys.stdout.flush()
        i += 1


if __name__ == "__main__":
    main()
