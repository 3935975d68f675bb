import sys

from spec_gate.cli import main

sys.exit(main())
