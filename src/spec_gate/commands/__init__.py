"""The commands of the CLI apart from the check types: ``check``, ``explain``, ``init``.

``cli`` parses arguments and prints; each module here does one command's work and returns what
``cli`` prints. ``spec-gate report`` lives in ``practice`` (what it measures), ``spec-gate
github`` in ``github`` and ``spec-gate lsp`` in ``lsp``.
"""
