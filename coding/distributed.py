"""`--engine dask`: code batches of documents as tasks on a Dask cluster.

The client reads and checks the inputs (so rejects and duplicate ids are
handled exactly as locally), sends batches of documents to the workers, and
writes the results in input order through the same writer as the local
engine: the dataset has the same schema, metadata and events. The compiled
codebook is scattered to every worker once; each worker builds its coder from
it on first use and keeps it.

Without `--scheduler` a `distributed.LocalCluster` with `--jobs` worker
processes is started for the run (and closed after it).
"""

from __future__ import annotations

from collections import deque

from coding.compiled import Compiled
from coding.pipeline import BATCH_DOCS, batches, code_batch

_CODERS: dict[str, object] = {}


def _code_on_worker(data: dict, docs, keep, with_text):
    from coding.coder import Coder

    coder = _CODERS.get(data["hash"])
    if coder is None:
        coder = _CODERS[data["hash"]] = Coder(compiled=Compiled(data))
    return (*code_batch(coder, docs, keep, with_text, coder.book.events), len(docs))


def dask_batches(stream, options, compiled: Compiled):
    """Yield (frame, rejects, counts, n_docs) per batch, in input order."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        from coding.io import InputError

        raise InputError("--engine dask needs the dask extra: pip install 'eventcoder[dask]'"
                         ) from exc
    cluster = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        cluster = LocalCluster(n_workers=max(options.jobs, 1), threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        book = client.scatter(compiled.data, broadcast=True)
        window = 2 * workers
        pending: deque = deque()
        keep, text = options.fields.keep, options.with_text
        for docs in batches(stream, max_docs=BATCH_DOCS // 2):
            pending.append(client.submit(_code_on_worker, book, docs, keep, text, pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
