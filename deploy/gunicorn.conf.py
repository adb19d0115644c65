"""gunicorn for one app server on 2 cores, as measured in docs/benchmarks.md ("HTTP capacity").

Run:  gunicorn -c deploy/gunicorn.conf.py portal.wsgi
Threads serve while others wait on PostgreSQL, Redis or Elasticsearch; the Python work itself is bound by
the GIL, so the load-shedding middleware lets only PORTAL_MAX_ACTIVE_REQUESTS run per process and a few
more wait (PORTAL_MAX_QUEUED_REQUESTS, PORTAL_QUEUE_TIMEOUT). Threads must exceed running + waiting, so
`/healthz` always finds a free thread; beyond that a request gets a fast 503 with Retry-After.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))  # cores + 1: one process waits on I/O while two compute
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "20"))
backlog = int(os.environ.get("GUNICORN_BACKLOG", "256"))  # connections the kernel holds before accept
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))  # a worker silent this long is killed and replaced
graceful_timeout = 30
keepalive = 5  # behind nginx, which reuses connections
max_requests = 20000  # recycle workers now and then (a slow leak never grows without bound)
max_requests_jitter = 2000
preload_app = True  # workers fork from a loaded app: a recycled worker answers at once, not after ~10 s of imports

os.environ.setdefault("PORTAL_MAX_ACTIVE_REQUESTS", "4")
os.environ.setdefault("PORTAL_MAX_QUEUED_REQUESTS", "12")
os.environ.setdefault("PORTAL_QUEUE_TIMEOUT", "1.0")
