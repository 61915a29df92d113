"""`sitbreak` and `python -m sitbreak`."""

from __future__ import annotations

import os
import sys


def main() -> int:
    from sitbreak.cli.main import main as cli_main

    try:
        return cli_main(sys.argv[1:])
    except BrokenPipeError:
        # `sitbreak stats --json | head`: the reader left; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
