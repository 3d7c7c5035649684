from songlo_targets.cli import main

main()
