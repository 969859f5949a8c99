"""`python -m desktop`: the same command line as `balas`."""

import sys

from desktop.cli import main

sys.exit(main())
