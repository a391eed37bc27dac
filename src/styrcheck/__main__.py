from styrcheck.cli import main

raise SystemExit(main())
