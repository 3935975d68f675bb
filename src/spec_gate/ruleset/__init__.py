"""Rule sets and ``.spec-gate.yml``.

``compiled`` holds the plain types the engine runs on; ``schema`` (pydantic) and ``load`` validate
and compile the YAML, and are imported only when a policy has to be built.
"""
