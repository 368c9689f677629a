# helper module that counts how often it is executed
import sys
runs = getattr(sys, '_upy_test_counter_runs', 0) + 1
sys._upy_test_counter_runs = runs
state = []
