"""The language server: spec-gate's findings in the editor (``pip install 'spec-gate[lsp]'``)."""
