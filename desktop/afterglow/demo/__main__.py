"""`python -m afterglow.demo`: the app on a demo journal that is gone again afterwards."""

from afterglow.demo.launch import main

raise SystemExit(main())
