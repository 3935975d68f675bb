"""Reading a document's bytes as text: one-line errors for what is not a Markdown document."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from spec_gate.errors import SpecGateError

MAX_DOCUMENT_BYTES = 20_000_000
# The byte-order marks of UTF-16 and UTF-32, little and big endian (UTF-32's last: its
# little-endian mark begins as UTF-16's does).
_WIDE_MARKS = (b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


def read(file: Path, display: str) -> str:
    try:
        # Opened without waiting: a named pipe no one writes to (a FIFO left in a folder)
        # would otherwise hold the run forever; one that is written to is then read as usual.
        descriptor = os.open(file, os.O_RDONLY | _NO_WAIT)
        with os.fdopen(descriptor, "rb") as handle:
            # At most one byte past the limit, so a huge file is refused without being read;
            # sized by the file, so no 20 MB buffer is allocated for every document.
            found = os.fstat(descriptor)
            regular = stat.S_ISREG(found.st_mode)  # a pipe's size says nothing: read to the limit
            if not regular and _NO_WAIT:
                _wait_for_writes(descriptor)
            size = min(found.st_size, MAX_DOCUMENT_BYTES) if regular else MAX_DOCUMENT_BYTES
            data = handle.read(size + 1)
    except OSError as error:
        raise SpecGateError(display, f"cannot read: {error.strerror}") from None
    if not regular and not data and stat.S_ISFIFO(found.st_mode):
        raise SpecGateError(display, "cannot read: a named pipe that nothing writes to")
    return decode(data, display)


_NO_WAIT = getattr(os, "O_NONBLOCK", 0)  # POSIX; Windows has no named pipes among files


def _wait_for_writes(descriptor: int) -> None:
    import fcntl  # POSIX only, as O_NONBLOCK

    flags = fcntl.fcntl(descriptor, fcntl.F_GETFL)
    fcntl.fcntl(descriptor, fcntl.F_SETFL, flags & ~_NO_WAIT)


def decode(data: bytes, display: str) -> str:
    if len(data) > MAX_DOCUMENT_BYTES:
        raise SpecGateError(
            display, f"larger than {MAX_DOCUMENT_BYTES // 1_000_000} MB; is this really a document?"
        )
    if b"\x00" in data:
        if data.startswith(_WIDE_MARKS) or _every_other_byte_nul(data[:_SAMPLE]):
            # as Windows editors save "Unicode" text
            wide = "UTF-32" if data.startswith(_WIDE_MARKS[2:]) else "UTF-16"
            raise SpecGateError(display, f"{wide} text, not UTF-8; save it as UTF-8")
        raise SpecGateError(display, "binary data (a NUL byte), not Markdown text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SpecGateError(
            display,
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); save it as UTF-8",
        ) from None


_SAMPLE = 400  # bytes: enough of a text's opening to tell how it is encoded


def _every_other_byte_nul(sample: bytes) -> bool:
    """Whether ``sample`` reads as UTF-16 without a byte-order mark: ASCII text with a NUL
    byte before or after each character."""
    if len(sample) < 2:  # a character is two bytes
        return False
    for nuls, chars in ((sample[0::2], sample[1::2]), (sample[1::2], sample[0::2])):
        if nuls.count(0) >= 0.9 * len(nuls) and 0 not in chars:
            return True
    return False
