"""Speed benchmarks of Overfit Lab, run by ``python -m benchmarks`` (design section 7).

Each section (``fit`` for the fitting core; the GUI timings join later as
another section) measures a list of cases, compares them with a reference
measured in the same run and checks the design's targets. The figures are
printed, never asserted: timings depend on the machine and its load, so no
test fails on them.
"""
