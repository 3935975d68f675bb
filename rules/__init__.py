"""The built-in rule sets, shipped inside the package as spec_gate.rules (see pyproject.toml)."""
