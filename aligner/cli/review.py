"""`aligner review`: open a QA report for review; decisions are saved next to it."""

from __future__ import annotations

import click

from aligner.cli.options import INPUT


@click.command("review")
@click.argument("report", type=INPUT)
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port on 127.0.0.1 (0: any free one).")  # fmt: skip
def review_command(report, port) -> None:
    """Serve REPORT (an HTML report of `aligner qa`) on localhost: the accept / false alarm /
    fixed decisions made in the page are saved to REPORT.review.json, which the next
    `aligner qa -o REPORT` reads, showing only what is new. Ctrl-C stops it.
    """
    from aligner.quality.review import review_path
    from aligner.quality.review_server import make_server

    server = make_server(report, port)
    host, bound = server.server_address[:2]
    click.echo(f"aligner: reviewing {report} at http://{host}:{bound}/ ; decisions go to "
               f"{review_path(report)} (Ctrl-C to stop)", err=True)  # fmt: skip
    try:
        server.serve_forever()
    finally:
        server.server_close()
