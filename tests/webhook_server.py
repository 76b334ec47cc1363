"""A webhook destination on loopback (http.server in a thread), shared by the delivery and export tests.

`answer(batch, attempt)` says what the destination does with each POST: an HTTP status (2xx stores the batch),
"hang" (answers slower than the sender's timeout), or "lost_ack" (stores the batch, then answers 500: the
sender never hears it was kept). Stored batches are keyed by idempotency key, as a real destination dedupes.
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Webhook:
    def __init__(self, answer=lambda batch, attempt: 200):
        self.answer, self.attempts, self.stored, self.keys_seen, self.keys_by_batch = answer, {}, {}, [], {}
        self.bodies: list[str] = []  # every body, as received
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                hook.bodies.append(self.rfile.read(int(self.headers["Content-Length"])).decode())
                body = json.loads(hook.bodies[-1])
                key, batch = self.headers["Idempotency-Key"], body["batch"]
                hook.attempts[batch] = hook.attempts.get(batch, 0) + 1
                hook.keys_seen.append(key)
                hook.keys_by_batch.setdefault(batch, set()).add(key)
                status = hook.answer(batch, hook.attempts[batch])
                if status == "hang":
                    time.sleep(1.5)
                    return
                if status == "lost_ack" or 200 <= status < 300:  # a replay of a stored batch is not stored twice
                    hook.stored.setdefault(key, [r[0] for r in body["rows"]])
                self.send_response(500 if status == "lost_ack" else status)
                self.end_headers()

            def log_message(self, *a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/audiences"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def contacts(self) -> list[str]:
        return [c for rows in self.stored.values() for c in rows]

    def close(self):
        self.server.shutdown()
        self.server.server_close()
