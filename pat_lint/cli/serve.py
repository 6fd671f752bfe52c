"""``pat-lint serve``: the review desk, a local web application (see docs/review-desk.md)."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from pat_lint.cli.common import fail, load_configuration
from pat_lint.cli.options import config_option, language_option

#: What the web application needs beyond pat-lint itself (the ``serve`` extra).
WEB_MODULES = ("starlette", "uvicorn", "multipart")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--data-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("pat-lint-data"),
    show_default=True,
    help="Where the history (SQLite), the uploads and the annotated copies are kept.",
)
@click.option(
    "--max-upload-mb",
    type=click.FloatRange(0.1, 1024),
    default=20,
    show_default=True,
    help="The largest upload (all its files together), in MB.",
)
@click.option(
    "--allowed-host",
    "allowed_hosts",
    multiple=True,
    help="A host name the desk answers to, e.g. the reverse proxy's public name (repeatable; "
    "default: localhost names when listening on localhost, any otherwise).",
)
@click.option(
    "--forwarded-allow-ips",
    default="127.0.0.1",
    show_default=True,
    help="Proxies whose X-Forwarded-Proto/-For headers are trusted (comma-separated).",
)
@language_option("Language of every proposal (default: detect each).")
@config_option
def serve(
    host: str,
    port: int,
    data_dir: Path,
    max_upload_mb: float,
    allowed_hosts: tuple[str, ...],
    forwarded_allow_ips: str,
    language: str | None,
    config_path: Path | None,
) -> None:
    """Run the review desk: upload proposals in a browser, read the reports, download the
    annotated Word copies, and keep the history of every review."""
    import importlib

    missing = []
    for name in WEB_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    if missing:
        fail(
            f"pat-lint serve needs {', '.join(missing)}: install the web extras with "
            "pip install 'pat-lint[serve]' (from a checkout: pip install '.[serve]')"
        )
    from pat_lint.cli.common import apply_cli_overrides
    from pat_lint.config import ConfigError, ignored_for, resolve_rules
    from pat_lint.engine import RunOptions

    config = load_configuration(config_path)
    apply_cli_overrides(config, language=language)
    try:
        all_rules, enabled = resolve_rules(config)
    except ConfigError as exc:
        fail(str(exc))
        return
    chosen = None if config["language"] == "auto" else config["language"]
    options = RunOptions(
        tuple(enabled),
        tuple(all_rules),
        chosen,
        ignored_for(config, all_rules),
        None,
        config["pdf-backend"],
    )
    hosts = list(allowed_hosts)
    if not hosts:
        hosts = ["127.0.0.1", "localhost", "::1"] if is_loopback(host) else ["*"]
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        from pat_lint.serve.app import create_app

        app = create_app(data_dir, options, int(max_upload_mb * 1024 * 1024), hosts)
    except (OSError, RuntimeError) as exc:
        fail(f"{data_dir}: cannot use the data folder: {exc}")
        return
    import uvicorn

    shown = f"[{host}]" if ":" in host else host
    click.echo(f"pat-lint review desk: http://{shown}:{port}/ (data in {data_dir.resolve()})")
    if not is_loopback(host):
        click.echo(
            "pat-lint: warning: listening beyond this machine; put the desk behind your "
            "reverse proxy and sign-on (docs/review-desk.md)",
            err=True,
        )
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        server_header=False,
        proxy_headers=True,
        forwarded_allow_ips=forwarded_allow_ips,
    )
