"""`python -m checker` is the `rencana` command."""
from .cli import main

main()
