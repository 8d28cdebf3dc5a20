"""``python -m footwork`` runs the ``footwork`` command."""

import sys

from footwork.cli import main

sys.exit(main())
