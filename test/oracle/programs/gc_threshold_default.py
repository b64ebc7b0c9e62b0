# Default thresholds in 3.8-3.12 (3.13+: 2000,10,10; 3.14.0-3.14.4: 2000,10,0).
import gc
print(gc.get_threshold())
