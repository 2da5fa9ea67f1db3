"""``python -m smartrecruiters_async.cli``: the same as the ``smartrecruiters-async`` command."""

import sys

from . import main

sys.exit(main())
