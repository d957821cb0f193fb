"""`python -m vaultkit`: the same as the `vaultkit` command."""

import sys

from vaultkit.cli.main import main

sys.exit(main())
