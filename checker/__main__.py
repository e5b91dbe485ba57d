"""`python -m checker` and the `rencana` command.

Nothing is imported until `main` runs: a batch's worker processes start by importing the script
that launched the batch (multiprocessing's spawn), and they need none of the command line.
"""


def main() -> None:
    from .cli import main as run

    run()


if __name__ == "__main__":
    main()
