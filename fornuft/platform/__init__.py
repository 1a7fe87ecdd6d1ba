"""What every capability uses: the capability manifest (capability.py) and, beside it,
the shared parts that capabilities build on. A plain package, not a Django app."""
