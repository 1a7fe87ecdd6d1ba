"""What keeps background work from being lost when a worker process dies.

huey takes a task off the queue *before* it runs it, so a worker killed mid-task (kill -9,
out of memory, a power cut) would lose that task for good. Two records, kept in the
queue's own storage (SQLite file or Redis, shared by every worker), close that gap:

- a heartbeat per worker process, written every few seconds by a thread started with
  the consumer: `/health` reports it, and a worker whose heartbeat stopped is dead;
- an in-flight entry per running task, written before the task runs and removed after it
  finished (with or without an error). An entry whose worker is dead is put back on the
  queue (`redeliver_orphaned_tasks`): tasks are in effect acknowledged only when they end.

A task that killed its worker `MAX_DELIVERIES` times is not put back again (it would take
every worker down in turn); the error is logged and the item sweep (`core/sweep.py`)
marks its item failed. Periodic tasks are not tracked: they run again at their next time.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time

from huey.api import PeriodicTask
from huey.contrib.djhuey import HUEY

log = logging.getLogger("fornuft.worker")

HEARTBEAT_PREFIX = "fornuft:heartbeat:"
INFLIGHT_PREFIX = "fornuft:inflight:"
REDELIVERY_LOCK = "fornuft:redelivery-lock"
TAKEOVER_PREFIX = "fornuft:redelivery-takeover:"
REDELIVERY_LOCK_LEASE_SECONDS = 300  # a pass takes milliseconds; a lock this old belongs to no one
HEARTBEAT_SECONDS = 10
STALE_AFTER_SECONDS = 60
MAX_DELIVERIES = 3

_started = threading.Lock()
_heartbeat_thread: threading.Thread | None = None


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def entries(prefix: str) -> dict[str, dict]:
    found = {}
    for key, raw in HUEY.all_results().items():
        key = key.decode() if isinstance(key, bytes) else key
        if key.startswith(prefix):
            try:
                found[key] = HUEY.serializer.deserialize(raw)
            except Exception:  # noqa: BLE001 - a damaged entry must not stop the others
                log.warning("unreadable worker entry", extra={"key": key})
    return found


# ------------------------------------------------------------------ heartbeats
def beat(started_at: float | None = None) -> None:
    """Writes this process's heartbeat now."""
    now = time.time()
    HUEY.put(HEARTBEAT_PREFIX + worker_id(), {
        "worker": worker_id(), "host": socket.gethostname(), "pid": os.getpid(),
        "started": started_at or now, "at": now,
    })


def heartbeats() -> list[dict]:
    """Every worker's last heartbeat, newest first, with its age in seconds."""
    now = time.time()
    beats = [dict(entry, age=round(now - entry["at"], 1)) for entry in entries(HEARTBEAT_PREFIX).values()]
    return sorted(beats, key=lambda entry: entry["age"])


def live_workers() -> set[str]:
    return {entry["worker"] for entry in heartbeats() if entry["age"] <= STALE_AFTER_SECONDS}


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_alive(worker: str, live: set[str]) -> bool:
    """A worker lives while its heartbeat is fresh; on this machine its process must exist too."""
    if worker not in live:
        return False
    host, _sep, pid = worker.rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        return _pid_alive(int(pid))
    return True


def prune_heartbeats(older_than_seconds: float = 24 * 3600) -> int:
    """Forgets workers silent for a day (they stay listed as stale until then)."""
    gone = [key for key, entry in entries(HEARTBEAT_PREFIX).items()
            if time.time() - entry["at"] > older_than_seconds]
    for key in gone:
        HUEY.delete(key)
    return len(gone)


def _heartbeat_loop(started_at: float) -> None:
    while True:
        try:
            beat(started_at)
        except Exception:  # noqa: BLE001 - a storage hiccup must not end the heartbeat
            log.exception("heartbeat not written")
        time.sleep(HEARTBEAT_SECONDS)


# ------------------------------------------------------------------ in-flight tasks
def _tracked(task) -> bool:
    return not HUEY.immediate and not isinstance(task, PeriodicTask)


@HUEY.pre_execute()
def record_in_flight(task) -> None:
    if not _tracked(task):
        return
    key = INFLIGHT_PREFIX + task.id
    previous = HUEY.get(key, peek=True) or {}
    HUEY.put(key, {
        "worker": worker_id(), "task": task.name, "message": HUEY.serialize_task(task),
        "priority": task.priority, "started": time.time(), "deliveries": previous.get("deliveries", 0) + 1,
    })


@HUEY.post_execute()
def clear_in_flight(task, task_value, exc) -> None:
    if _tracked(task):
        HUEY.delete(INFLIGHT_PREFIX + task.id)


def in_flight() -> dict[str, dict]:
    return entries(INFLIGHT_PREFIX)


def _take_redelivery_lock() -> bool:
    """One worker at a time puts orphaned tasks back; a lock left by a dead worker is taken over.

    huey's own task lock has no expiry on SQLite: a worker killed while it held it (a worker
    is most often killed right after it started) would have stopped every later worker from
    ever putting a task back. So the lock names its holder, and a holder that is dead, or
    that has held it past the lease, loses it. Two workers that see the same dead holder
    race on a takeover key of their own, so only one of them runs the pass.
    """
    claim = {"worker": worker_id(), "at": time.time()}
    if HUEY.put_if_empty(REDELIVERY_LOCK, claim):
        return True
    holder = HUEY.get(REDELIVERY_LOCK, peek=True)
    if not isinstance(holder, dict):  # gone meanwhile, or unreadable: the next pass tries again
        return False
    expired = time.time() - holder.get("at", 0) > REDELIVERY_LOCK_LEASE_SECONDS
    if not expired and is_alive(holder.get("worker", ""), live_workers()):
        return False
    takeover = f"{TAKEOVER_PREFIX}{holder.get('worker')}:{holder.get('at')}"
    if not HUEY.put_if_empty(takeover, claim):
        return False  # another worker is taking it over
    log.warning("redelivery lock taken over from a worker that is gone", extra={"holder": holder.get("worker")})
    HUEY.put(REDELIVERY_LOCK, claim)
    HUEY.delete(takeover)
    return True


def redeliver_orphaned_tasks() -> dict:
    """Puts tasks whose worker died back on the queue; returns what it did, by task name."""
    result: dict = {"redelivered": [], "given_up": []}
    if not _take_redelivery_lock():
        return result  # another worker is doing it right now
    try:
        live = live_workers()
        for key, entry in in_flight().items():
            owner = entry.get("worker")
            if owner is None or is_alive(owner, live):
                continue
            if entry.get("deliveries", 1) >= MAX_DELIVERIES:
                HUEY.delete(key)
                log.error("task stopped its worker too often; not queued again",
                          extra={"task": entry["task"], "deliveries": entry["deliveries"]})
                result["given_up"].append(entry["task"])
                continue
            HUEY.put(key, dict(entry, worker=None))  # queued again: no owner until it runs
            HUEY.storage.enqueue(entry["message"], entry.get("priority"))
            log.warning("task queued again after its worker died",
                        extra={"task": entry["task"], "dead_worker": owner})
            result["redelivered"].append(entry["task"])
    finally:
        HUEY.delete(REDELIVERY_LOCK)
    return result


@HUEY.on_startup()
def start_worker_services() -> None:
    """Once per worker process: start the heartbeat, then take over tasks of dead workers."""
    global _heartbeat_thread
    with _started:
        if _heartbeat_thread is not None or HUEY.immediate:
            return
        started_at = time.time()
        beat(started_at)  # before any task runs, so this worker never looks dead to the others
        _heartbeat_thread = threading.Thread(target=_heartbeat_loop, args=(started_at,), name="fornuft-heartbeat",
                                             daemon=True)
        _heartbeat_thread.start()
    redeliver_orphaned_tasks()


@HUEY.on_shutdown()
def say_goodbye() -> None:
    """A worker stopped on purpose leaves no heartbeat behind (it is gone, not stale)."""
    if _heartbeat_thread is not None:
        HUEY.delete(HEARTBEAT_PREFIX + worker_id())
