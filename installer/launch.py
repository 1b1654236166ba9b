"""Entry point of the frozen bundle."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
