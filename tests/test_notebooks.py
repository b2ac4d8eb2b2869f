"""The notebooks in notebooks/: committed without outputs, and each runs from top to bottom.

They are executed with nbclient in a `python3` kernel that runs this interpreter
(so the kernel sees the same environment as the tests), with matplotlib's Agg
backend and the repository first on the kernel's path. The notebooks use the
default codebook and only data the project ships.
"""

from __future__ import annotations

import json
import os
import sys
import time

import pytest

from .helpers import ROOT

NOTEBOOKS = ROOT / "notebooks"
NAMES = ["01_quickstart.ipynb", "02_dyad_analysis.ipynb", "03_accuracy.ipynb"]
CELL_TIMEOUT = 120
MAX_SECONDS = 120
PYTHON_ALIASES = {"python", f"python{sys.version_info[0]}",
                  "python{}.{}".format(*sys.version_info[:2])}


def test_notebooks_exist():
    assert sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_committed_without_outputs(name):
    nb = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    for n, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"{name}: cell {n} has outputs"
            assert cell.get("execution_count") is None, f"{name}: cell {n} has a count"
        assert "attachments" not in cell or not cell["attachments"], f"{name}: cell {n}"


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory):
    """Environment of the notebook kernels: Agg backend, the repository first on the path,
    and a `python3` kernel spec that starts this very interpreter."""
    pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MPLBACKEND", "Agg")
        mp.setenv("PYTHONPATH", os.pathsep.join(
            [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]))
        mp.delenv("PYDEVD_DISABLE_FILE_VALIDATION", raising=False)
        try:
            argv = KernelSpecManager().get_kernel_spec("python3").argv
        except NoSuchKernel:
            argv = None
        # jupyter_client replaces a bare "python" by sys.executable; a python3 spec of a
        # user or the system that names another interpreter is shadowed by our own.
        if argv is None or argv[0] not in PYTHON_ALIASES | {sys.executable}:
            spec_dir = tmp_path_factory.mktemp("jupyter") / "kernels" / "python3"
            spec_dir.mkdir(parents=True)
            (spec_dir / "kernel.json").write_text(json.dumps({
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f",
                         "{connection_file}"],
                "display_name": "Python 3 (tests)", "language": "python"}))
            mp.setenv("JUPYTER_PATH", os.pathsep.join(
                [str(spec_dir.parent.parent), *filter(None, [os.environ.get("JUPYTER_PATH")])]))
        yield


def test_kernel_runs_this_interpreter(kernel_env):
    from jupyter_client.kernelspec import KernelSpecManager

    argv = KernelSpecManager().get_kernel_spec("python3").argv
    assert argv[0] in PYTHON_ALIASES | {sys.executable}


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs(name, kernel_env):
    import nbclient
    import nbformat

    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    before = sorted(p.name for p in NOTEBOOKS.iterdir())
    client = nbclient.NotebookClient(nb, kernel_name="python3", timeout=CELL_TIMEOUT,
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    started = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - started
    assert seconds < MAX_SECONDS, f"{name} took {seconds:.0f} s"
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    stderr = "".join(o.get("text", "") for o in outputs if o.get("name") == "stderr")
    assert "Traceback" not in stderr and "Warning" not in stderr, stderr
    # nothing written next to the notebooks (temporary files only)
    assert sorted(p.name for p in NOTEBOOKS.iterdir()) == before
