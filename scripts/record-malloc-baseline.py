# The allocator's state when a script starts: scripts/record-baselines.mjs runs this file as a
# script (like a user's program) and reads the report it writes to stderr.
import sys
sys._debugmallocstats()
