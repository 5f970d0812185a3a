"""One download or upload of the benchmark file; prints seconds.

    python transfer.py KIND URL PATH

KIND: ours (our `download`, fsync and verified rename included), naive (an
`httpx.stream` loop writing chunks to a file, nothing else), pictograph (the vendor
SDK's own download loop, `ExportsResource._stream_to_file`), ours-upload (our `upload`
of PATH to URL).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> None:
    kind, url, path = sys.argv[1:4]
    import httpx

    if kind == "ours" or kind == "ours-upload":
        import citylens_client  # noqa: F401 - the package as users import it
        from citylens_client._runtime.download import download
        from citylens_client._runtime.upload import upload
    elif kind == "pictograph":
        import pictograph  # type: ignore[import-not-found]
    began = time.perf_counter()
    if kind == "ours":
        with httpx.Client(timeout=60) as http:
            download(http, url, Path(path), overwrite=True)
    elif kind == "ours-upload":
        with httpx.Client(timeout=60) as http:
            upload(http, url, Path(path)).raise_for_status()
    elif kind == "naive":
        with httpx.Client(timeout=60) as http, http.stream("GET", url) as response, open(path, "wb") as file:
            for chunk in response.iter_raw():
                file.write(chunk)
    elif kind == "pictograph":
        client = pictograph.Client(api_key="bench", base_url=url.rsplit("/", 1)[0], max_retries=0)
        client.exports._stream_to_file(url, path, chunk_size=1 << 20, progress=None)
    else:
        raise SystemExit(f"unknown kind {kind}")
    print(json.dumps({"seconds": time.perf_counter() - began}))


if __name__ == "__main__":
    main()
