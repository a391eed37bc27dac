from styrcheck.launcher import main

raise SystemExit(main())
