"""``python -m aligner`` runs the same command line as the ``aligner`` script."""

from aligner.cli import main

if __name__ == "__main__":
    main()
