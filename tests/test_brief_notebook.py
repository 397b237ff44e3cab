"""The example notebook runs offline from top to bottom and shows the briefing displays."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed")
pytest.importorskip("ipykernel", reason="ipykernel is not installed")
pytest.importorskip("pandas", reason="the notebook uses to_dataframe (pandas extra)")

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "briefing_notebook.ipynb"


def test_example_notebook_executes_offline(monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):  # the default engine must be the offline one
        monkeypatch.delenv(name, raising=False)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit the notebook without outputs"
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    briefings = [h for h in html if 'class="mai' in h]
    assert len(briefings) >= 3  # offline results, one result, saved results
    assert any("Action tracker" in h and "mai-fragment" in h for h in briefings)
    assert any("mai-fragment" in h and "Action tracker" not in h for h in briefings)  # a single MinutesSummary
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "'briefing.docx'" in text and "'briefing.html'" in text and "'briefing.md'" in text
    assert "Exampleton (fictional)" in text  # the custom template's digest lines
