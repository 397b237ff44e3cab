"""Prompt templates: jinja2 files a user can override, rendered in a sandbox.

Templates are looked up in the user's ``prompts_dir`` first (a partial set is
fine: missing ones come from the defaults), then in the installed wheel
(``minutesai/_prompts``), then in the repository's ``prompts/`` folder (editable
install). Each template defines two blocks, ``system`` and ``user``.

Minutes text is data, never instructions: templates put it inside a
delimited block (the ``data_block`` filter) whose closing tag cannot occur in
the text, and the system prompt tells the model to treat it as data.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import Any

from minutesai.errors import ConfigError

TEMPLATE_NAMES = ("map.j2", "reduce.j2", "collapse.j2")
PACKED_TEMPLATE = "packed.j2"
"""Used only by ``pack=N`` runs; outside :data:`TEMPLATE_NAMES`, so ``hash`` (and every
request and fixture of an unpacked run) is as it was before packing existed."""


def default_prompt_dirs() -> list[Path]:
    """Where the shipped templates live: wheel location first, then the source tree."""
    package = Path(__file__).resolve().parent
    return [p for p in (package / "_prompts", package.parent / "prompts") if p.is_dir()]


def data_block(text: str, tag: str = "minutes") -> str:
    """Wrap ``text`` in ``<tag>…</tag>``, picking a tag whose closing form is not in the text."""
    name, n = tag, 0
    while f"</{name}" in text or f"<{name}" in text:
        n += 1
        name = f"{tag}-{n}"
    return f"<{name}>\n{text}\n</{name}>"


_env_lock = threading.Lock()
_environments: dict[tuple[str, ...], Any] = {}


def _environment(dirs: tuple[str, ...]) -> Any:
    """One sandboxed jinja environment per list of template folders in this process, so a
    template is compiled once (about 4 ms each; every ``summarise_many`` call builds a new
    engine and PromptSet) and again only when its file changes (``auto_reload`` compares
    modification times when a PromptSet first asks for a template; a PromptSet then keeps
    the templates it got, so they stay fixed for its runs)."""
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    with _env_lock:
        env = _environments.get(dirs)
        if env is None:
            env = _environments[dirs] = SandboxedEnvironment(
                loader=ChoiceLoader([FileSystemLoader(d) for d in dirs]),
                undefined=StrictUndefined,
                autoescape=False,
                trim_blocks=True,
                lstrip_blocks=True,
                keep_trailing_newline=False,
                auto_reload=True,
            )
            env.filters["data_block"] = data_block
        return env


class PromptSet:
    """The templates for one run, with a short ``hash`` over their names and contents."""

    def __init__(self, prompts_dir: str | Path | None = None) -> None:
        dirs: list[Path] = []
        if prompts_dir is not None:
            user = Path(prompts_dir).expanduser()
            if not user.is_dir():
                raise ConfigError(f"prompts_dir {user} is not a directory")
            dirs.append(user)
        defaults = default_prompt_dirs()
        if not defaults:
            raise ConfigError("the default prompt templates are missing from this installation")
        dirs.extend(defaults)
        self.dirs = dirs
        self.env = _environment(tuple(str(d) for d in dirs))
        self.sources = {name: self._source(name) for name in TEMPLATE_NAMES}
        self.hash = self._digest(TEMPLATE_NAMES)
        self._packed_hash: str | None = None
        self._templates: dict[str, Any] = {}  # looked up once: fixed for this set's runs

    def _digest(self, names: tuple[str, ...]) -> str:
        digest = hashlib.sha256()
        for name in names:
            digest.update(name.encode())
            digest.update(b"\0")
            digest.update(self.sources[name].encode("utf-8"))
            digest.update(b"\0")
        return digest.hexdigest()[:16]

    @property
    def packed_hash(self) -> str:
        """The hash recorded by documents answered in a packed call: the templates of
        ``hash`` and ``packed.j2`` (loaded on first use, so a set without it still works unpacked)."""
        if self._packed_hash is None:
            self.sources.setdefault(PACKED_TEMPLATE, self._source(PACKED_TEMPLATE))
            self._packed_hash = self._digest((*TEMPLATE_NAMES, PACKED_TEMPLATE))
        return self._packed_hash

    def _source(self, name: str) -> str:
        for d in self.dirs:
            path = d / name
            if path.is_file():
                return path.read_text(encoding="utf-8")
        raise ConfigError(f"prompt template {name} not found in {', '.join(map(str, self.dirs))}")

    def origin(self, name: str) -> Path:
        """The file a template is loaded from (user override or default)."""
        return next(d / name for d in self.dirs if (d / name).is_file())

    def messages(self, name: str, **variables: Any) -> list[dict[str, str]]:
        """Render template ``name`` into [system, user] chat messages."""
        from jinja2 import TemplateError

        try:
            template = self._templates.get(name)
            if template is None:
                template = self._templates[name] = self.env.get_template(name)
            context = template.new_context(variables)  # blocks keep their own variables: one will do
            out = []
            for role in ("system", "user"):
                block = template.blocks.get(role)
                if block is None:
                    raise ConfigError(f"prompt template {name} must define a {{% block {role} %}}")
                text = "".join(block(context)).strip()
                out.append({"role": role, "content": text})
            return out
        except TemplateError as err:
            raise ConfigError(f"prompt template {name}: {err}") from None
