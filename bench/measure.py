#!/usr/bin/env python3
"""Runs a command and prints its wall time and peak resident memory as JSON on stderr.

  measure.py LABEL -- COMMAND ARGS...
"""
import json
import resource
import subprocess
import sys
import time


def main():
    label, command = sys.argv[1], sys.argv[sys.argv.index("--") + 1:]
    start = time.monotonic()
    result = subprocess.run(command, stdout=subprocess.DEVNULL)
    seconds = time.monotonic() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"label": label, "seconds": round(seconds, 3), "peak_mb": round(peak_kb / 1024, 1),
                      "exit": result.returncode}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
