"""A public key as a QR code, for a therapist's screen to show and a client's to scan."""

from __future__ import annotations

import segno

from afterglow.bundle.identity import parse_recipient


def _qr_code(public_key: str) -> segno.QRCode:
    key = public_key.strip()
    parse_recipient(key)
    # Medium error correction survives a smudged print-out; the key stays in byte mode,
    # lower-case, exactly as `age` prints it.
    return segno.make(key, error="m", micro=False)


def public_key_qr_svg(public_key: str, scale: int = 6) -> str:
    """An inline SVG (no XML declaration) of the key's QR code, dark modules on white."""
    svg = _qr_code(public_key).svg_inline(scale=scale, dark="#000", light="#fff")
    return str(svg)


def public_key_qr_matrix(public_key: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code as rows of booleans (True = dark), including the quiet zone."""
    code = _qr_code(public_key)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix_iter(border=4))
