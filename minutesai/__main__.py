import sys

from minutesai.cli import main

sys.exit(main())
