"""A minimal headless Chromium driver over the DevTools protocol on a pipe.

Chromium started with ``--remote-debugging-pipe`` reads commands from fd 3 and writes replies
and events to fd 4, as JSON messages ended by a NUL byte. That is all `targets report --format
pdf` and the browser tests need: load a page, collect console errors and network requests,
take a screenshot, print a PDF. One browser prints every document of a year.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--mute-audio", "--hide-scrollbars")


def find_chromium() -> str | None:
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


@dataclass
class PageLoad:
    url: str
    errors: list[str] = field(default_factory=list)  # console errors, exceptions, CSP reports
    requests: list[str] = field(default_factory=list)  # every URL the page asked for


class Browser:
    def __init__(self, executable: str, width: int = 1000, height: int = 1400) -> None:
        self.profile = tempfile.mkdtemp(prefix="targets-chromium-")
        args = [executable, *FLAGS, f"--user-data-dir={self.profile}",
                f"--window-size={width},{height}", "--remote-debugging-pipe", "about:blank"]
        # fd 3 <- our writes (the child's stdin), fd 4 -> our reads (the child's stdout).
        self.proc = subprocess.Popen(
            ["sh", "-c", 'exec "$@" 3<&0 4>&1 </dev/null >/dev/null', "sh", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 0
        self.buffer = b""
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target,
                                 flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except Exception:  # noqa: BLE001 - closing is best effort
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read(self, deadline: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        while b"\0" not in self.buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self.proc.stdout.fileno(), 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return dict(json.loads(message))

    def call(self, method: str, session: bool = False, timeout: float = 30,
             **params: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        self.proc.stdin.write(json.dumps(message).encode() + b"\0")
        self.proc.stdin.flush()
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            for index, event in enumerate(self.events):
                if event["method"] == method:
                    return self.events.pop(index)
            self.events.append(self._read(deadline))

    def load(self, path: Path) -> PageLoad:
        """Open a file, wait until it has loaded and settled, and say what happened."""
        self.events.clear()
        url = path.resolve().as_uri()
        self.call("Page.navigate", session=True, url=url)
        self.wait_for("Page.loadEventFired")
        # A round trip after the load lets late console messages arrive.
        self.call("Runtime.evaluate", session=True, expression="document.readyState")
        load = PageLoad(url)
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error",
                                                                                 "assert"):
                load.errors.append(" ".join(str(a.get("value", a.get("description", "")))
                                            for a in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                load.errors.append(str(params.get("exceptionDetails", {}).get("text")))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                load.errors.append(params["entry"]["text"])
            elif method == "Network.requestWillBeSent":
                load.requests.append(params["request"]["url"])
        return load

    def screenshot(self, target: Path, full_page: bool = False) -> Path:
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            metrics = self.call("Page.getLayoutMetrics", session=True)["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": metrics["width"],
                              "height": metrics["height"], "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", session=True, **params)["data"]
        target.write_bytes(base64.b64decode(data))
        return target

    def pdf(self) -> bytes:
        """The loaded page printed as it asks (@page size A4, margins, page numbers)."""
        data = self.call("Page.printToPDF", session=True, timeout=60, preferCSSPageSize=True,
                         printBackground=True, displayHeaderFooter=False,
                         paperWidth=8.27, paperHeight=11.69)["data"]
        return base64.b64decode(data)

    def print_pdf(self, target: Path) -> Path:
        target.write_bytes(self.pdf())
        return target
