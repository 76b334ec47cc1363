"""A real HTTP server on loopback that speaks the chat-completions protocol, scripted per test.

The `openai` client really talks to it. Each scripted step is one of:
  str            -> 200 with that assistant content
  (status, str)  -> that HTTP status with an error body
  ("sleep", s)   -> answer after s seconds (to trigger client timeouts)
  ("raw", dict)  -> 200 with that exact JSON body (e.g. an empty choice list)
The last step repeats when the script runs out.
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ChatServer:
    def __init__(self, script: list):
        self.script, self.requests = list(script), []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                server.requests.append(body)
                step = server.script.pop(0) if len(server.script) > 1 else server.script[0]
                if isinstance(step, tuple) and step[0] == "sleep":
                    time.sleep(step[1])
                    step = step[2] if len(step) > 2 else "{}"
                if isinstance(step, tuple) and step[0] == "raw":
                    return self._send(200, step[1])
                if isinstance(step, tuple):
                    return self._send(step[0], {"error": {"message": step[1], "type": "server_error"}})
                return self._send(200, {
                    "id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": body.get("model", "test"),
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": step}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 1000, "completion_tokens": 100, "total_tokens": 1100}})

            def _send(self, status: int, payload: dict):
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
